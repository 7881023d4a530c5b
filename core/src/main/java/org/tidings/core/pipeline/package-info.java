/**
 * The coding pipeline: stages that declare the layers they read and write, checked when the
 * pipeline is built, and {@link org.tidings.core.pipeline.TidingsCoder}, which runs them on one
 * article and turns any failure into a recorded error.
 */
package org.tidings.core.pipeline;
