package org.jigai.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the UI's language (Vaadin's defaults are English whatever the locale). */
public final class Pickers {

    private Pickers() {}

    public static DatePicker date(String label, Locale locale) {
        var picker = new DatePicker(label);
        picker.setLocale(locale);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of(picker.getTranslation(locale, "picker.monthNames").split("\\|")));
        List<String> formats = List.of(picker.getTranslation(locale, "picker.dateFormats").split("\\|"));
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation(locale, "picker.today"));
        i18n.setCancel(picker.getTranslation(locale, "action.cancel"));
        // shown in the first format; also read as people type dates (picker.dateFormats in the translation files)
        i18n.setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new));
        i18n.setBadInputErrorMessage(picker.getTranslation(locale, "validation.date"));
        picker.setI18n(i18n);
        // the calendar's title, e.g. year before month in Chinese (a function Flow's i18n object cannot carry)
        picker.getElement().executeJs("const p = this; const t = $0; setTimeout(() => { p.i18n = Object.assign({}, p.i18n,"
                + " {formatTitle: (monthName, fullYear) => t.replace('{0}', fullYear).replace('{1}', monthName)}); });",
                picker.getTranslation(locale, "picker.title"));
        return picker;
    }
}
