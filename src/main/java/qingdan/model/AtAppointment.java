package qingdan.model;

/** A 党政正职's experience as the 任职资格 review recorded it at appointment, in completed years. */
@NoPersonalData
public record AtAppointment(
        @About(value = "completed years of township work at appointment", zh = "任职时乡镇工作年限", column = "任职时乡镇工作年限")
        Integer townshipYears,
        @About(value = "completed years of township leadership work at appointment", zh = "任职时乡镇领导工作年限",
                column = "任职时乡镇领导工作年限") Integer townshipLeadershipYears) {
}
