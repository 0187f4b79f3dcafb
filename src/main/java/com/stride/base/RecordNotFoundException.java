package com.stride.base;

/**
 * The record does not exist, or the caller may not know that it exists. Both look the same to
 * the caller on purpose: ids of another clinic or another runner leak nothing.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what) {
        super(what + " not found"); // literal: for the log; people see NotFoundView or their screen's own notice
    }
}
