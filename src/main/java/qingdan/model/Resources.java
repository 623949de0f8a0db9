package qingdan.model;

/** 权随事转、人随事转、钱随事转: the powers, staff and funds that go down with a task. */
public record Resources(Position pos, Boolean powers, Boolean staff, Boolean funds) {
}
