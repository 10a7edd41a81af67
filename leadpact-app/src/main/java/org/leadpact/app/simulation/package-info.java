/**
 * The simulated company: a seeded, reproducible B2B funnel (reps in teams and territories, lead
 * sources with different conversion, a span of leads with firmographics and activity, hand-offs, sales
 * touches, dispositions, opportunities, wins and losses, recycling) whose every event is decided by the
 * real engine under an agreement; the bulk loader that writes it into the store; and the live pace the
 * demo keeps it running at. Entry points: {@link org.leadpact.app.simulation.Simulation} and
 * {@link org.leadpact.app.simulation.BulkLoader}; see docs/simulation.md.
 */
package org.leadpact.app.simulation;
