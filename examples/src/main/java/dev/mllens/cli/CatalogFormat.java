package dev.mllens.cli;

/** The formats of {@code catalog}. */
enum CatalogFormat { TEXT, JSON }
