/**
 * Routing: who receives a qualified lead. The {@link org.leadpact.routing.Router} is a pure function of
 * the lead, the agreement's routing clause, a {@link org.leadpact.routing.Directory} snapshot (reps,
 * teams, working hours, out-of-office periods) and the {@link org.leadpact.routing.RoutingState}
 * (per-rep loads, per-team turns), which {@link org.leadpact.routing.RoutingLedger} folds from the
 * lead event log, so dry-runs and back-tests replay decisions exactly.
 */
package org.leadpact.routing;
