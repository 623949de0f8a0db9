package qingdan.model;

/** 权随事转、人随事转、钱随事转: the powers, staff and funds that go down with a task. */
public record Resources(Position pos, @Label({"随事下放权限"}) Boolean powers, @Label({"随事下放人员"}) Boolean staff, @Label({"随事下放经费"}) Boolean funds) {
}
