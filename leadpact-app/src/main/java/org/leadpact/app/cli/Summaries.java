package org.leadpact.app.cli;

import org.leadpact.agreement.Agreement;

/** Short descriptions for terminal output. */
final class Summaries {
    private Summaries() {
    }

    static String oneLine(Agreement a) {
        var s = a.scoring();
        return "\"" + a.name() + "\" v" + a.version() + ", effective " + a.identity().effective() + " until "
                + a.identity().lastDay() + "; " + s.rules().size() + (s.rules().size() == 1 ? " scoring rule" : " scoring rules") + ", threshold " + s.threshold()
                + ", qualification " + a.behaviouralQualifiers().rule().code() + "; "
                + (a.activatable() ? "signed by both teams (can be activated)"
                : a.signatures().whyNotActivatable().orElse("") + " (cannot be activated)");
    }
}
