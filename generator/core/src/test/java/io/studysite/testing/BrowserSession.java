package io.studysite.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for all tests of a class, started on first use and closed after the last:
 * {@code @RegisterExtension static final BrowserSession session = new BrowserSession();}
 */
public final class BrowserSession implements AfterAllCallback {
    private Browser browser;

    public Browser browser() {
        if (browser == null) {
            browser = Browser.start();
        }
        return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
