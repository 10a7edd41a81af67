/**
 * Lead scoring: points for who the lead is and what they did, under the agreement's scoring model,
 * with an explanation whose contributions add up to the score exactly.
 */
package org.leadpact.scoring;
