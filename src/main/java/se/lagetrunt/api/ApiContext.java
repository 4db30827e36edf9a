package se.lagetrunt.api;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.function.IntSupplier;
import se.lagetrunt.auth.DeviceSessions;
import se.lagetrunt.auth.LoginLinks;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.auth.SessionRevoker;
import se.lagetrunt.auth.TokenService;
import se.lagetrunt.auth.TurnServers;
import se.lagetrunt.mail.Outbox;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.networks.SeriesStore;
import se.lagetrunt.networks.SeriesTemplates;
import se.lagetrunt.room.RoomDirectory;
import se.lagetrunt.store.CompilationStore;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.MinutesReminderStore;
import se.lagetrunt.store.PersonStore;
import se.lagetrunt.store.PersonErasure;
import se.lagetrunt.store.PublicCompilations;
import se.lagetrunt.store.PersonalData;
import se.lagetrunt.store.VoiceCheckStore;
import se.lagetrunt.material.MaterialStore;
import se.lagetrunt.store.CompilationChecks;

/** What the REST API is built from: the clock, the stores, the rooms, and the ways out (mail, links). */
public record ApiContext(
    Vertx vertx,
    Clock clock,
    long requestTimeoutMillis,
    MeetingGate gate,
    TokenService tokens,
    DeviceSessions deviceSessions,
    LoginLinks links,
    PersonStore people,
    MeetingStore meetings,
    NetworkStore networks,
    SeriesStore series,
    SeriesTemplates templates,
    SessionRevoker sockets,
    EventLog eventLog,
    MinutesReminderStore reminders,
    CompilationStore compilations,
    RoomDirectory rooms,
    IntSupplier openConnections,
    Outbox mailer,
    String publicUrl,
    TurnServers turn,
    VoiceCheckStore voiceChecks,
    PersonalData personalData,
    PersonErasure erasure,
    PublicCompilations publicCompilations,
    MaterialStore materials,
    CompilationChecks checks) {}
