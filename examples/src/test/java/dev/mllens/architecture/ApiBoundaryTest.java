package dev.mllens.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library's boundary, checked on its classes as a class-path consumer sees them (where the module
 * system does not enforce anything): every public type says its status, STABLE signatures promise only
 * STABLE types, nothing reaches into a package its module does not export to it, INTERNAL types are used
 * only by the consumers they name, and the core does no I/O. The modules and their exports come from the
 * library jars' own module descriptors, so the descriptors and these rules cannot drift apart.
 */
class ApiBoundaryTest {

    /** The library modules (lens-model, lens-rules, lens-api, lens-watool), by name. */
    private static Map<String, ModuleDescriptor> modules;
    /** The module of each library package. */
    private static Map<String, ModuleDescriptor> moduleOfPackage;
    /** The library's classes and the CLI's, without tests. */
    private static JavaClasses classes;

    @BeforeAll
    static void importTheLibrary() {
        String cp = System.getProperty("mllens.consumer.classpath");
        assertThat(cp).as("system property mllens.consumer.classpath (set by the examples POM)").isNotBlank();
        Path[] libraries = Arrays.stream(cp.split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.toString().contains("lens-")).toArray(Path[]::new);
        modules = new HashMap<>();
        moduleOfPackage = new HashMap<>();
        for (ModuleReference ref : ModuleFinder.of(libraries).findAll()) {
            ModuleDescriptor d = ref.descriptor();
            assertThat(d.isAutomatic()).as(d.name() + " has a module-info").isFalse();
            modules.put(d.name(), d);
            d.packages().forEach(p -> moduleOfPackage.put(p, d));
        }
        assertThat(modules).containsOnlyKeys("dev.mllens.model", "dev.mllens.rules", "dev.mllens.api", "dev.mllens.watool");
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.mllens");
        assertThat(classes.stream().filter(ApiBoundaryTest::inLibrary).count()).as("library classes").isGreaterThan(300);
    }

    private static Optional<ModuleDescriptor> module(JavaClass c) {
        return Optional.ofNullable(moduleOfPackage.get(c.getPackageName()));
    }

    private static boolean inLibrary(JavaClass c) {
        return module(c).isPresent();
    }

    /** Whether the package of {@code c} is exported to every module, or to the module of {@code from}. */
    private static boolean exportedTo(JavaClass c, Optional<ModuleDescriptor> from) {
        ModuleDescriptor m = module(c).orElseThrow();
        return m.exports().stream().filter(e -> e.source().equals(c.getPackageName()))
                .anyMatch(e -> !e.isQualified() || from.isPresent() && e.targets().contains(from.get().name()));
    }

    private static Optional<API.Status> status(HasAnnotations<?> element) {
        return element.tryGetAnnotationOfType(API.class).map(API::status);
    }

    /** A class's own status, or that of the class it is nested in. */
    private static Optional<API.Status> status(JavaClass c) {
        Optional<API.Status> own = status((HasAnnotations<?>) c);
        return own.isPresent() || c.getEnclosingClass().isEmpty() ? own : status(c.getEnclosingClass().get());
    }

    private static boolean isPublic(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC)
                && c.getEnclosingClass().map(ApiBoundaryTest::isPublic).orElse(true);
    }

    private static final DescribedPredicate<JavaClass> IN_LIBRARY =
            DescribedPredicate.describe("are in a library module", ApiBoundaryTest::inLibrary);

    /** Rule classes kie-maven-plugin generates from the DRL: in an unexported package, without annotations. */
    private static boolean generated(JavaClass c) {
        return c.getPackageName().startsWith("dev.mllens.rules.practices");
    }

    @Test
    void nothingUsesAPackageItsModuleDoesNotExportToIt() {
        classes().should(new ArchCondition<JavaClass>("use only packages of other modules exported to them") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<ModuleDescriptor> from = module(origin);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (!inLibrary(target) || from.equals(module(target)) || exportedTo(target, from)) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(d, d.getDescription() + ": " + target.getPackageName()
                            + " is not exported by " + module(target).get().name() + " to "
                            + from.map(ModuleDescriptor::name).orElse("the class path")));
                }
            }
        }).check(classes);
    }

    @Test
    void noInternalPackageIsUsedOutsideItsModule() {
        for (ModuleDescriptor m : modules.values()) {
            List<String> internal = m.packages().stream().filter(p -> p.contains(".internal")).toList();
            List<String> own = new ArrayList<>(m.packages());
            if (internal.isEmpty()) {
                continue;
            }
            assertThat(m.exports()).as(m.name() + " exports no internal package")
                    .noneMatch(e -> internal.contains(e.source()));
            noClasses().that().resideOutsideOfPackages(own.toArray(String[]::new))
                    .should().dependOnClassesThat().resideInAnyPackage(internal.toArray(String[]::new))
                    .check(classes);
        }
    }

    @Test
    void everyPublicTypeOfAnExportedPackageSaysItsStatus() {
        classes().that(IN_LIBRARY).and().arePublic().and().areTopLevelClasses()
                .and(DescribedPredicate.describe("are in a package exported to all", c -> exportedTo(c, Optional.empty())))
                .should().beAnnotatedWith(API.class).check(classes);
    }

    @Test
    void publicTypesOfUnexportedPackagesAreInternal() {
        classes().that(IN_LIBRARY).and().areTopLevelClasses().and().arePublic()
                .and(DescribedPredicate.describe("are in a package not exported to all",
                        c -> !exportedTo(c, Optional.empty()) && !generated(c)))
                .should(new ArchCondition<JavaClass>("be annotated @API(status = INTERNAL)") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        if (status(c).orElse(null) != API.Status.INTERNAL) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " is public in the unexported package "
                                    + c.getPackageName() + " but its status is " + status(c).map(Enum::name).orElse("not given")));
                        }
                    }
                }).check(classes);
    }

    @Test
    void stableSignaturesExposeOnlyStableTypes() {
        classes().that(IN_LIBRARY).and(DescribedPredicate.describe("are public and STABLE",
                        c -> isPublic(c) && status(c).orElse(null) == API.Status.STABLE))
                .should(new ArchCondition<JavaClass>("expose only STABLE types and the JDK's in their STABLE members") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        c.getSuperclass().ifPresent(t -> exposed(c, "extends", t, events));
                        c.getInterfaces().forEach(t -> exposed(c, "implements", t, events));
                        for (JavaMember m : stableMembers(c)) {
                            for (JavaType t : signature(m)) {
                                exposed(c, m.getFullName(), t, events);
                            }
                        }
                    }
                }).check(classes);
    }

    /** Public and protected members that are not marked with a status below STABLE, and not compiler-made. */
    private static List<JavaMember> stableMembers(JavaClass c) {
        return Stream.of(c.getMethods(), c.getConstructors(), c.getFields()).flatMap(Set::stream)
                .map(m -> (JavaMember) m)
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED))
                .filter(m -> !m.getModifiers().contains(JavaModifier.SYNTHETIC) && !m.getModifiers().contains(JavaModifier.BRIDGE))
                .filter(m -> status(m).map(s -> s == API.Status.STABLE).orElse(true))
                .toList();
    }

    private static List<JavaType> signature(JavaMember m) {
        List<JavaType> types = new ArrayList<>();
        if (m instanceof JavaMethod method) {
            types.add(method.getReturnType());
        }
        if (m instanceof com.tngtech.archunit.core.domain.JavaCodeUnit unit) {
            types.addAll(unit.getParameterTypes());
        }
        if (m instanceof com.tngtech.archunit.core.domain.JavaField field) {
            types.add(field.getType());
        }
        return types;
    }

    private static void exposed(JavaClass owner, String where, JavaType type, ConditionEvents events) {
        for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            JavaClass t = raw.isArray() ? raw.getBaseComponentType() : raw;
            if (t.isPrimitive() || t.getPackageName().startsWith("java.") || t.equals(owner)) {
                continue;
            }
            boolean ours = t.getPackageName().startsWith("dev.mllens");
            if (!ours || status(t).orElse(null) != API.Status.STABLE) {
                events.add(SimpleConditionEvent.violated(owner, where + " exposes " + t.getName() + " ("
                        + (ours ? status(t).map(Enum::name).orElse("no status") : "not mllens's") + ")"));
            }
        }
    }

    @Test
    void internalTypesAreUsedOnlyByTheConsumersTheyName() {
        classes().should(new ArchCondition<JavaClass>("use INTERNAL types of other modules only as a named consumer") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (!inLibrary(target) || module(origin).equals(module(target)) || status(target).orElse(null) != API.Status.INTERNAL) {
                        continue;
                    }
                    JavaClass named = target.tryGetAnnotationOfType(API.class).isPresent() ? target
                            : target.getEnclosingClass().orElse(target);
                    Set<String> consumers = new LinkedHashSet<>(List.of(named.getAnnotationOfType(API.class).consumers()));
                    if (consumers.stream().noneMatch(pattern -> consumes(pattern, origin.getPackageName()))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription() + ": " + target.getName()
                                + " is INTERNAL, for " + consumers));
                    }
                }
            }
        }).check(classes);
    }

    /** apiguardian's consumer patterns: a package, or {@code a.b.*} for a package and those below it. */
    private static boolean consumes(String pattern, String pkg) {
        if (pattern.endsWith(".*")) {
            String base = pattern.substring(0, pattern.length() - 2);
            return pkg.equals(base) || pkg.startsWith(base + ".");
        }
        return pkg.equals(pattern);
    }

    @Test
    void theLibraryDoesNoIo() {
        noClasses().that(IN_LIBRARY)
                .should().dependOnClassesThat().belongToAnyOf(File.class, FileInputStream.class, FileOutputStream.class,
                        FileReader.class, FileWriter.class, RandomAccessFile.class, Socket.class, ServerSocket.class,
                        DatagramSocket.class, URL.class, URLConnection.class, HttpURLConnection.class, ProcessBuilder.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.nio.channels..", "java.net.http..")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().accessField(System.class, "in")
                .because("the core renders to strings and Writers and reads strings and streams; the CLI does files")
                .check(classes);
    }
}
