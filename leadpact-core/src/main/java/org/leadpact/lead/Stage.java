package org.leadpact.lead;

import org.leadpact.words.Codes;


/** Where a lead stands in the funnel. Every change is a {@link StageChanged} event. */
public enum Stage {
    /** Known, not yet qualified (an inquiry). */
    NEW,
    /** Sent back to marketing for nurturing; needs new engagement to qualify again. */
    NURTURE,
    /** Marketing-qualified: meets the agreed qualified-lead definition. */
    MQL,
    /** Handed to a sales rep; waiting for their disposition. */
    HANDED_OFF,
    /** Sales-accepted: the rep confirms it meets the definition. */
    SAL,
    /** A real deal that sales works. */
    OPPORTUNITY,
    WON,
    LOST,
    /** Trash: never a fit. */
    DISQUALIFIED;

    public String code() {
        return Codes.code(this);
    }

    /** Stages in which the lead belongs to sales. */
    public boolean withSales() {
        return this == HANDED_OFF || this == SAL || this == OPPORTUNITY || this == WON || this == LOST;
    }

    /** Stages from which qualification may move the lead to MQL. */
    public boolean withMarketing() {
        return this == NEW || this == NURTURE;
    }
}
