package org.shrinkagelab.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.shrinkagelab.data.EightSchoolsData;

/**
 * The Eight Schools data both Eight Schools tabs compute on: a file opened in one tab applies to the
 * other. The window holds one, in the tabs' shared {@link TabContext}.
 */
public final class CurrentEightSchoolsData {
    /** How the bundled data are described under the Open button. */
    public static final String BUNDLED_DESCRIPTION = "eight_schools.csv (bundled): Rubin 1981";

    /**
     * Data and how to describe them to the user.
     *
     * @param data        the schools
     * @param description where they came from, e.g. the file name and the number of schools
     */
    public record Source(EightSchoolsData data, String description) {
    }

    private final ObjectProperty<Source> source =
            new SimpleObjectProperty<>(new Source(EightSchoolsData.bundled(), BUNDLED_DESCRIPTION));

    /** The current data; set it to switch every Eight Schools tab, listen to follow. */
    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** The current data. */
    public Source get() {
        return source.get();
    }

    /** Switches every tab to these data. */
    public void set(EightSchoolsData data, String description) {
        source.set(new Source(data, description));
    }
}
