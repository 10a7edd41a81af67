package org.leadpact.bench;

import java.time.Duration;

/**
 * CPU time used so far by the server process, by PostgreSQL (all its processes) and by this client,
 * as the operating system counts it; the difference of two snapshots says who was busy in between.
 */
record CpuTime(long nanos, Duration server, Duration postgres, Duration client) {

    static CpuTime now(ProcessHandle server) {
        Duration postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
        return new CpuTime(System.nanoTime(), cpu(server), postgres, cpu(ProcessHandle.current()));
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Cores busy on average since {@code before}, for each party. */
    String since(CpuTime before) {
        double wall = nanos - before.nanos;
        return String.format("CPU (cores busy on average): server %.2f, PostgreSQL %.2f, client %.2f",
                server.minus(before.server).toNanos() / wall, postgres.minus(before.postgres).toNanos() / wall,
                client.minus(before.client).toNanos() / wall);
    }
}
