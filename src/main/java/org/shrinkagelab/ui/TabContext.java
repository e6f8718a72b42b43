package org.shrinkagelab.ui;

import org.shrinkagelab.engine.SamplerService;

/**
 * What every tab is handed: the shared sampler service, the figure saver, the error reporter and the
 * data several tabs share.
 *
 * @param service      the one sampler service of the application
 * @param saver        saves charts as PNG or SVG, remembering the last folder
 * @param errors       shows failures to the user
 * @param eightSchools the data both Eight Schools tabs compute on
 */
public record TabContext(SamplerService service, FigureSaver saver, ErrorReporter errors,
                         CurrentEightSchoolsData eightSchools) {
    /** A context with its own Eight Schools data, starting on the bundled file. */
    public TabContext(SamplerService service, FigureSaver saver, ErrorReporter errors) {
        this(service, saver, errors, new CurrentEightSchoolsData());
    }
}
