/**
 * Reading agreement files: YAML with line numbers, every problem reported (not just the first) as
 * {@code FILE:LINE: PATH: MESSAGE}, unknown keys rejected, then the core's contradiction checks.
 */
package org.leadpact.app.agreement;
