package dev.mllens.cli;

/** Output formats. */
enum Format { TEXT, JSON }
