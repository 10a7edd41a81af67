/**
 * The sales and marketing agreement: one versioned, signed document that defines the target buyer,
 * the qualified-lead definition, the scoring model, the SLAs both teams sign up to, and the
 * vocabulary (dispositions, stages) every later decision uses. Values here check themselves;
 * {@link org.leadpact.agreement.AgreementCheck} finds contradictions between clauses.
 */
package org.leadpact.agreement;
