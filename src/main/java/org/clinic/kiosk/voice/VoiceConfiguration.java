package org.clinic.kiosk.voice;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and checks voice input's settings ({@code kiosk.voice.*}). */
@Configuration
@EnableConfigurationProperties(VoiceSettings.class)
class VoiceConfiguration {}
