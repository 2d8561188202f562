package dev.mllens.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Builds the KieBase from the rule classes kie-maven-plugin generated at build time, listed in the
 * {@code drools-model} index. This skips kmodule.xml parsing and the KieContainer, which halves
 * start-up (see the Drools study); the cost is relying on drools-model-compiler's builder.
 */
@API(status = API.Status.INTERNAL)
public final class ExecutableModel {

    static final String INDEX = "META-INF/kie/dev.mllens/lens-rules/drools-model";

    private ExecutableModel() {
    }

    public static KieBase kieBase() {
        ClassLoader cl = ExecutableModel.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        try (InputStream in = cl.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("compiled rules not found on the class path (" + INDEX
                        + "): lens-rules was built without kie-maven-plugin");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (header) { // first line is the Drools version
                    header = false;
                    continue;
                }
                if (!line.isEmpty()) {
                    models.add((Model) Class.forName(line, true, cl).getDeclaredConstructor().newInstance());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate compiled rules: " + e, e);
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }
}
