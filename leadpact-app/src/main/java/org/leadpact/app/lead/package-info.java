/** Lead files: one lead's attributes and history as JSON, read into engine commands with line-numbered errors. */
package org.leadpact.app.lead;
