/**
 * The back-test: a proposed agreement replayed over the real history beside the baseline, to settle
 * the quarterly review by data. Each lead's marketing inputs (attribute changes, activities) from
 * the log are re-decided under both agreements; its real sales outcome (opportunity, won, trashed,
 * recycled) says how good each definition of "qualified" would have been. Pure: the log comes in,
 * a report comes out; leads are independent, so the shell may replay them on several threads.
 */
package org.leadpact.backtest;
