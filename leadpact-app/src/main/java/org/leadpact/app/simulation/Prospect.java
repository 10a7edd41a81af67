package org.leadpact.app.simulation;

import java.util.Map;

/**
 * A simulated person as they enter the funnel: the attributes their first form (or list row) gives,
 * and what the simulation knows but the engine never sees: how interested they are (0 to 1) and how
 * large a deal they could be.
 */
record Prospect(Map<String, String> attributes, LeadSource source, String landingPage, double interest,
                double dealSize) {
}
