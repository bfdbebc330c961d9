package org.jigai.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the UI's language (Vaadin's defaults are English whatever the locale). */
public final class Pickers {

    private Pickers() {}

    public static DatePicker date(String label, Locale locale) {
        var picker = new DatePicker(label);
        picker.setLocale(locale);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("picker.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        // shown as 2027-06-01; also read as people type dates: 2027/6/1, 2027-6-1, 2027.6.1, 2027年6月1日
        i18n.setDateFormats("yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd");
        i18n.setBadInputErrorMessage(picker.getTranslation("validation.date"));
        if (!"en".equals(locale.getLanguage())) {
            i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getValue() + "月").toList());
        }
        picker.setI18n(i18n);
        if (!"en".equals(locale.getLanguage())) {
            // the calendar's title: 2026年11月 rather than "11月 2026" (a function Flow's i18n object cannot carry)
            picker.getElement().executeJs("const p = this; setTimeout(() => { p.i18n = Object.assign({}, p.i18n,"
                    + " {formatTitle: (monthName, fullYear) => fullYear + '年' + monthName}); });");
        }
        return picker;
    }
}
