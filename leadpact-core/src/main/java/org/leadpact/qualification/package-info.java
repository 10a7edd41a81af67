/**
 * Qualification: does a lead meet the agreed qualified-lead definition right now? Required
 * information, demographic fit, buying intent (behaviour and/or score) or a fast-track action;
 * and which leads are one easy piece of data away from it (near-qualified).
 */
package org.leadpact.qualification;
