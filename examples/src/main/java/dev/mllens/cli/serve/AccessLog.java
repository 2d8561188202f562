package dev.mllens.cli.serve;

import dev.mllens.report.SafeText;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the server reports each request it answered: one line per request. */
@API(status = API.Status.EXPERIMENTAL)
@FunctionalInterface
public interface AccessLog {

    /** The SLF4J logger of the access log; {@code serve} prints it at INFO on stderr. */
    String LOGGER = "dev.mllens.serve.access";

    void log(Entry entry);

    /** Each request as one INFO line of the logger {@value #LOGGER}. */
    static AccessLog slf4j() {
        Logger log = LoggerFactory.getLogger(LOGGER);
        return entry -> log.info("{}", entry.line());
    }

    /**
     * One answered request.
     *
     * @param method the request method as sent
     * @param path the request path as sent, without the query (which may hold waiver notes)
     * @param status the status answered
     * @param bytes the bytes of the response body
     * @param millis from the start of handling to the last byte written
     */
    record Entry(String method, String path, int status, long bytes, long millis) {

        /** Longest method or path shown: a request line cannot make the log line long. */
        static final int FIELD_LIMIT = 200;

        /**
         * {@code POST /v1/assessments 200 195233 bytes 4 ms}; what the client sent is made visible and cut, so
         * that it cannot break or forge a log line.
         */
        public String line() {
            return field(method) + " " + field(path) + " " + status + " " + bytes + " bytes " + millis + " ms";
        }

        /** Visible, and cut with a bare ellipsis: a field never holds a space, so the line splits on spaces. */
        private static String field(String s) {
            String v = SafeText.visible(s).replace(' ', '_');
            if (v.length() <= FIELD_LIMIT) {
                return v;
            }
            int keep = Character.isHighSurrogate(v.charAt(FIELD_LIMIT - 1)) ? FIELD_LIMIT - 1 : FIELD_LIMIT;
            return v.substring(0, keep) + "…";
        }
    }
}
