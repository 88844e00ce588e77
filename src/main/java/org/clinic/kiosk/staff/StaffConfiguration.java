package org.clinic.kiosk.staff;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and checks the staff area's settings ({@code kiosk.staff.*}). */
@Configuration
@EnableConfigurationProperties(StaffSettings.class)
class StaffConfiguration {}
