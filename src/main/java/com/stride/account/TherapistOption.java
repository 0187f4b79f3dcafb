package com.stride.account;

/** A PT of the clinic that a runner can be linked to. */
public record TherapistOption(long id, String name) {
}
