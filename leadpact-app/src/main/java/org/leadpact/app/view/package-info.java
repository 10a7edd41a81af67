/** How a lead is shown to people (text) and programs (JSON): the CLI and the HTTP API share it. */
package org.leadpact.app.view;
