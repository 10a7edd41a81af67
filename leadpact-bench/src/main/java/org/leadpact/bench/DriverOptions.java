package org.leadpact.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** A load driver's {@code --name value} options over its defaults; an unknown name is an error. */
final class DriverOptions {
    private DriverOptions() {
    }

    static Map<String, String> parse(String[][] defaults, String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String[] option : defaults) {
            options.put(option[0], option[1]);
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--") || !options.containsKey(args[i].substring(2))) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; options: " + options.keySet());
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        System.out.println("options: " + options);
        return options;
    }
}
