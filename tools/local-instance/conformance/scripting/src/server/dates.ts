import { GlideDateTime, GlideDate } from '@servicenow/glide'

/** What a user sees of one UTC instant in their own time zone. */
export function localView(utc: string): Record<string, string | number> {
    const when = new GlideDateTime(utc)
    const plusDay = new GlideDateTime(utc)
    plusDay.addDaysLocalTime(1)
    const plusMonth = new GlideDateTime(utc)
    plusMonth.addMonthsLocalTime(1)
    return {
        value: when.getValue(),
        display: when.getDisplayValue(),
        localDate: when.getLocalDate().getDisplayValueInternal(),
        localTime: when.getLocalTime().getByFormat('HH:mm:ss'),
        dayOfWeek: when.getDayOfWeekLocalTime(),
        dayOfMonth: when.getDayOfMonthLocalTime(),
        month: when.getMonthLocalTime(),
        year: when.getYearLocalTime(),
        tzOffsetMs: when.getTZOffset(),
        plusDay: plusDay.getValue(),
        plusMonth: plusMonth.getValue(),
    }
}

/** GlideDate arithmetic and formatting. */
export function dateView(date: string): Record<string, string | number> {
    const day = new GlideDate()
    day.setValue(date)
    const later = new GlideDate(date)
    later.setDisplayValue('2024-03-10')
    return {
        value: day.getDisplayValueInternal(),
        byFormat: day.getByFormat('dd.MM.yyyy'),
        dayOfMonth: day.getDayOfMonthNoTZ(),
        month: day.getMonthNoTZ(),
        year: day.getYearNoTZ(),
        later: later.getDisplayValue(),
        diff: GlideDate.subtract(day, later).getDisplayValue(),
    }
}
