/**
 * Reading YAML and JSON documents (agreements, lead files) into values while keeping the line of
 * every node, so each problem can be reported as FILE:LINE: PATH: MESSAGE, all of them at once.
 */
package org.leadpact.app.document;
