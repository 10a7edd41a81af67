/**
 * Planning from goals back to leads: the reverse funnel (revenue goal → orders per month → qualified
 * leads per month, one sales cycle earlier), the raw lead goal of the basic agreement (bookings goal →
 * deals → opportunities → leads), the stage what-if (what a better conversion at one step is worth),
 * and the planning figures a store's own history gives (order size, sales cycle, leads per order).
 * Pure functions with exact decimal arithmetic: every rounding is stated where it happens.
 */
package org.leadpact.planning;
