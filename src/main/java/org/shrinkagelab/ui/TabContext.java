package org.shrinkagelab.ui;

import org.shrinkagelab.engine.SamplerService;

/**
 * What every tab is handed: the shared sampler service, the figure saver and the error reporter.
 *
 * @param service the one sampler service of the application
 * @param saver   saves charts as PNG or SVG, remembering the last folder
 * @param errors  shows failures to the user
 */
public record TabContext(SamplerService service, FigureSaver saver, ErrorReporter errors) {
}
