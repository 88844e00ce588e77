package org.clinic.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.clinic.kiosk.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The kiosk's HTTP responses as any client gets them, on the real server: security headers on
 * every kind of response, and no server session for requests that need none (a flood of
 * cookie-less page requests holds no memory), with sessions that end 10 minutes after their page
 * stops calling.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.data-dir=target/test-data", "kiosk.content-dir=target/no-topic-overrides"})
@Import(TestClockConfiguration.class)
class HttpHardeningIT {

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    /** No cookie store: every request is cookie-less unless the test sends one. */
    private final HttpClient client = HttpClient.newHttpClient();

    private Context tomcat() {
        return (Context)
                ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
    }

    private int sessions() {
        return tomcat().getManager().getActiveSessions();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of(
                "", "topic/hospice-care", "kiosk/kiosk.css", "kiosk/voice.js", "favicon.ico", "VAADIN/build/x.js")) {
            HttpResponse<String> response = get(path);
            Map<String, List<String>> headers = response.headers().map();
            String what = path + " (" + response.statusCode() + ")";
            assertThat(headers.get("content-security-policy"))
                    .as(what)
                    .containsExactly("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src"
                            + " 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; media-src"
                            + " 'self' blob: data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none';"
                            + " base-uri 'self'; form-action 'self'; frame-ancestors 'self'");
            assertThat(headers.get("referrer-policy")).as(what).containsExactly("no-referrer");
            assertThat(headers.get("x-content-type-options")).as(what).containsExactly("nosniff");
            assertThat(headers.get("x-frame-options")).as(what).containsExactly("SAMEORIGIN");
            assertThat(headers.get("permissions-policy")).as(what).hasSize(1);
        }
    }

    @Test
    void fourThousandCookielessPageRequestsMakeNoSessionAndHoldNoMemory() throws Exception {
        Runtime runtime = Runtime.getRuntime();
        int sessionsBefore = sessions();
        long heapBefore = usedHeapAfterGc(runtime);
        for (int i = 0; i < 4000; i++) {
            HttpResponse<String> page = get(i % 2 == 0 ? "" : "topic/hospice-care");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<div id=\"outlet\">");
            assertThat(page.headers().allValues("set-cookie"))
                    .as("no session cookie")
                    .isEmpty();
        }
        long heapAfter = usedHeapAfterGc(runtime);
        System.out.printf(
                "4,000 cookie-less page GETs: %d new sessions, heap %+.1f MB%n",
                sessions() - sessionsBefore, (heapAfter - heapBefore) / 1e6);
        assertThat(sessions() - sessionsBefore).isZero();
    }

    @Test
    void aPageStillGetsItsSessionFromItsFirstCallBack() throws Exception {
        int before = sessions();
        HttpResponse<String> page = get("");
        assertThat(page.headers().allValues("set-cookie")).isEmpty();
        // what the page's script does next: Vaadin makes the UI, and the session, now
        HttpResponse<String> init = get("?v-r=init&location=&query=");
        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(init.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(init.headers().firstValue("set-cookie").orElse("")).startsWith("JSESSIONID=");
        assertThat(sessions()).isEqualTo(before + 1);
        String cookie = init.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
        HttpResponse<String> again = get("", "Cookie", cookie);
        assertThat(again.headers().allValues("set-cookie"))
                .as("the session is kept")
                .isEmpty();
        assertThat(sessions()).isEqualTo(before + 1);
    }

    @Test
    void aSessionEndsTenMinutesAfterItsPageStopsCalling() {
        assertThat(tomcat().getSessionTimeout()).as("minutes").isEqualTo(10);
    }

    private static long usedHeapAfterGc(Runtime runtime) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
