/** How LeadPact's closed vocabularies are written in files and output. */
package org.leadpact.words;
