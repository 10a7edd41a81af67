/**
 * The back-test's shell: reads the event log (never writes it), splits the leads over worker threads
 * for the core's {@link org.leadpact.backtest.Backtest}, and resolves the agreements compared (the
 * active one, a stored version, or a file).
 */
package org.leadpact.app.backtest;
