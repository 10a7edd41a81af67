package org.leadpact.lifecycle;

import static org.leadpact.lead.Stage.HANDED_OFF;
import static org.leadpact.lead.Stage.LOST;
import static org.leadpact.lead.Stage.MQL;
import static org.leadpact.lead.Stage.NEW;
import static org.leadpact.lead.Stage.NURTURE;
import static org.leadpact.lead.Stage.OPPORTUNITY;
import static org.leadpact.lead.Stage.SAL;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadpact.lead.Stage;

/** The lifecycle's transitions: each names the stages it may start from and the stage it leads to. */
public enum Transition {
    QUALIFY(EnumSet.of(NEW, NURTURE), MQL),
    HAND_OFF(EnumSet.of(MQL), HANDED_OFF),
    ACCEPT(EnumSet.of(HANDED_OFF), SAL),
    OPEN_OPPORTUNITY(EnumSet.of(HANDED_OFF, SAL), OPPORTUNITY),
    WIN(EnumSet.of(OPPORTUNITY), Stage.WON),
    LOSE(EnumSet.of(OPPORTUNITY), LOST),
    RECYCLE(EnumSet.of(MQL, HANDED_OFF, SAL, OPPORTUNITY, LOST), NURTURE),
    DISQUALIFY(EnumSet.of(NEW, NURTURE, MQL, HANDED_OFF, SAL), Stage.DISQUALIFIED);

    private final Set<Stage> from;
    private final Stage to;

    Transition(Set<Stage> from, Stage to) {
        this.from = from;
        this.to = to;
    }

    public Stage to() {
        return to;
    }

    public boolean allowedFrom(Stage stage) {
        return from.contains(stage);
    }

    public String rule() {
        return "lifecycle." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Why this transition cannot start from {@code stage}, in words. */
    public String refusal(Stage stage) {
        return code() + " moves a lead to " + to.code() + " only from "
                + from.stream().map(Stage::code).collect(Collectors.joining(", ")) + "; this lead is " + stage.code();
    }
}
