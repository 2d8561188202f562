/**
 * The practice rules of mllens, compiled to the Drools executable model at build time, and the engine that
 * runs them. Not an API of its own: lens-api's {@code LensEngine} is the one way in, so the engine's
 * package is exported to lens-api alone and the rules' helpers ({@code internal}) to nobody. The generated
 * rule classes live in {@code dev.mllens.rules.practices} and below; nothing outside reaches them.
 */
module dev.mllens.rules {
    requires transitive dev.mllens.model;
    // The Drools 10 jars are automatic modules: reading one reads them all, which the generated rule
    // classes need (they call the canonical model's DSL, the compiler's builder and the core at run time).
    requires org.kie.api;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires org.slf4j;

    exports dev.mllens.rules to dev.mllens.api;
}
