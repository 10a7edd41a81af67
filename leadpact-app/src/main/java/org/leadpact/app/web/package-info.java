/**
 * The web dashboard: server-rendered pages over the same services as the HTTP API, signed in with an
 * API token kept in a cookie. Pages read the services directly (no second API round trip) and escape
 * every value they print; forms post back with the same role rules as the API.
 */
package org.leadpact.app.web;
