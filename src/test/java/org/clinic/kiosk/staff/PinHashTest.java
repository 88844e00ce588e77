package org.clinic.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PinHashTest {

    @Test
    void rightPinMatchesAndWrongPinDoesNot() {
        String stored = PinHash.create("482913".toCharArray(), 2_000);
        assertTrue(PinHash.matches("482913".toCharArray(), stored));
        assertFalse(PinHash.matches("482914".toCharArray(), stored));
        assertFalse(PinHash.matches("".toCharArray(), stored));
    }

    @Test
    void defaultHashIsSaltedPbkdf2WithManyIterationsAndHoldsNoPin() {
        String stored = PinHash.create("482913".toCharArray());
        String[] parts = stored.split(":");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(600_000, Integer.parseInt(parts[1]));
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertFalse(stored.contains("482913"));
        assertTrue(PinHash.matches("482913".toCharArray(), stored));
    }

    @Test
    void samePinHashesDifferentlyEachTime() {
        assertNotEquals(PinHash.create("482913".toCharArray(), 2_000), PinHash.create("482913".toCharArray(), 2_000));
    }

    @Test
    void damagedOrWeakenedHashIsRefusedNotAccepted() {
        String stored = PinHash.create("482913".toCharArray(), 2_000);
        assertThrows(IllegalArgumentException.class, () -> PinHash.matches("482913".toCharArray(), "482913"));
        assertThrows(
                IllegalArgumentException.class,
                () -> PinHash.matches("482913".toCharArray(), stored.replace("pbkdf2-sha256", "md5")));
        assertThrows(
                IllegalArgumentException.class,
                () -> PinHash.matches("482913".toCharArray(), stored.replace(":2000:", ":1:")));
        assertThrows(
                IllegalArgumentException.class,
                () -> PinHash.matches("482913".toCharArray(), stored.substring(0, stored.length() - 8)));
    }

    @Test
    void wipeOverwritesThePin() {
        char[] pin = "482913".toCharArray();
        PinHash.wipe(pin);
        assertArrayEquals(new char[6], pin);
    }
}
