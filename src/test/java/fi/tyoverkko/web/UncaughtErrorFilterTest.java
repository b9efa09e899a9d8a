package fi.tyoverkko.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An exception that escapes every servlet becomes a plain 500 that names neither the exception nor its message. */
class UncaughtErrorFilterTest {
    @Test void escapedException_becomesAPlain500() throws Exception {
        List<String> calls = new ArrayList<>();
        HttpServletRequest req = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class},
            (p, m, a) -> switch (m.getName()) { case "getMethod" -> "GET"; case "getRequestURI" -> "/x"; default -> null; });
        HttpServletResponse resp = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
            (p, m, a) -> {
                if (m.getName().equals("isCommitted")) return false;
                calls.add(m.getName() + (a == null ? "" : List.of(a).toString()));
                return null;
            });
        FilterChain failing = (rq, rs) -> { throw new IllegalStateException("secret /etc/path detail"); };
        new UncaughtErrorFilter().doFilter(req, resp, failing);
        assertEquals(List.of("reset", "sendError[500, " + UncaughtErrorFilter.MESSAGE + "]"), calls);
        assertFalse(calls.toString().contains("secret"));
    }
}
