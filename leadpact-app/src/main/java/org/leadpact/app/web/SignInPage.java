package org.leadpact.app.web;

/** Sign in with an API token (`leadpact token create`, or the admin token `serve` and `demo` print). */
final class SignInPage {
    private SignInPage() {
    }

    static String form(String problem) {
        Html h = new Html();
        if (problem != null) {
            h.raw("<p class=\"flash refused\" id=\"flash\">").text(problem).raw("</p>");
        }
        h.raw("<form method=\"post\" action=\"/ui/sign-in\" id=\"sign-in\">")
                .raw("<label>API token <input type=\"password\" name=\"token\" autocomplete=\"off\" required></label>")
                .raw("<button type=\"submit\">Sign in</button></form>")
                .raw("<p class=\"hint\">Create a token with <code>leadpact token create --name NAME --role ROLE</code>; ")
                .raw("a sales rep's token shows only their own leads.</p>");
        return Layout.page("Sign in", null, "", h.toString());
    }
}
