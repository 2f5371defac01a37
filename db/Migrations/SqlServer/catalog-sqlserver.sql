IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [ChangeLog] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetimeoffset NOT NULL,
        [Actor] nvarchar(200) NOT NULL,
        [Role] nvarchar(32) NOT NULL,
        [ApiKeyId] nvarchar(64) NULL,
        [EntityType] nvarchar(64) NOT NULL,
        [EntityId] nvarchar(64) NOT NULL,
        [Action] nvarchar(64) NOT NULL,
        [Changes] nvarchar(max) NOT NULL,
        [MunicipalityIneCode] varchar(5) NULL,
        CONSTRAINT [PK_ChangeLog] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [Discrepancies] (
        [Id] bigint NOT NULL IDENTITY,
        [Key] nvarchar(200) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Severity] nvarchar(32) NOT NULL,
        [MunicipalityIneCode] char(5) NOT NULL,
        [CityProcedureId] bigint NULL,
        [Subject] nvarchar(100) NOT NULL,
        [Summary] nvarchar(2000) NOT NULL,
        [Facts] nvarchar(max) NOT NULL,
        [FactsHash] varchar(64) NOT NULL,
        [Suggestion] nvarchar(2000) NULL,
        [Status] nvarchar(32) NOT NULL,
        [OpenedAt] datetimeoffset NOT NULL,
        [OpenedByRunId] bigint NOT NULL,
        [LastSeenAt] datetimeoffset NOT NULL,
        [LastSeenRunId] bigint NOT NULL,
        [ClosedAt] datetimeoffset NULL,
        [ClosedByRunId] bigint NULL,
        [ActedBy] nvarchar(200) NULL,
        [Note] nvarchar(2000) NULL,
        [ActedAt] datetimeoffset NULL,
        [Revision] int NOT NULL,
        CONSTRAINT [PK_Discrepancies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [Municipalities] (
        [IneCode] char(5) NOT NULL,
        [CheckDigit] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [SearchName] nvarchar(200) NOT NULL,
        [ProvinceCode] varchar(2) NOT NULL,
        [ProvinceName] nvarchar(100) NOT NULL,
        [RegionCode] varchar(2) NOT NULL,
        [RegionName] nvarchar(100) NOT NULL,
        [CouncilDir3Code] varchar(9) NOT NULL,
        CONSTRAINT [PK_Municipalities] PRIMARY KEY ([IneCode])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [Offices] (
        [Code] varchar(9) NOT NULL,
        [Name] nvarchar(500) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [ResponsibleUnitCode] varchar(9) NULL,
        [OfficeType] nvarchar(100) NULL,
        [Address] nvarchar(500) NULL,
        [PostalCode] nvarchar(10) NULL,
        [MunicipalityIneCode] varchar(5) NULL,
        [IsGone] bit NOT NULL,
        [GoneSince] datetimeoffset NULL,
        [FirstSeenAt] datetimeoffset NOT NULL,
        [LastChangedAt] datetimeoffset NOT NULL,
        [ContentHash] bigint NOT NULL,
        CONSTRAINT [PK_Offices] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [OfficeUnitRelations] (
        [OfficeCode] varchar(9) NOT NULL,
        [UnitCode] varchar(9) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_OfficeUnitRelations] PRIMARY KEY ([OfficeCode], [UnitCode])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [ReferenceProcesses] (
        [Id] bigint NOT NULL IDENTITY,
        [Code] varchar(32) NOT NULL,
        [Name] nvarchar(300) NOT NULL,
        [Description] nvarchar(2000) NULL,
        [SortOrder] int NOT NULL,
        [Revision] int NOT NULL,
        CONSTRAINT [PK_ReferenceProcesses] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [RegistrySources] (
        [Name] nvarchar(100) NOT NULL,
        [Kind] nvarchar(32) NULL,
        [Location] nvarchar(2000) NULL,
        [ContentHash] varchar(64) NULL,
        [LastLoadedAt] datetimeoffset NULL,
        [LastRunId] bigint NULL,
        CONSTRAINT [PK_RegistrySources] PRIMARY KEY ([Name])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [SiaEntries] (
        [Code] varchar(10) NOT NULL,
        [Kind] nvarchar(8) NULL,
        [Name] nvarchar(1000) NOT NULL,
        [Description] nvarchar(max) NULL,
        [ResponsibleN1] varchar(9) NULL,
        [ResponsibleN2] varchar(9) NULL,
        [ResponsibleUnitCode] varchar(9) NULL,
        [Typology] nvarchar(500) NULL,
        [Initiations] nvarchar(max) NOT NULL,
        [SilenceEffect] nvarchar(500) NULL,
        [ResolutionTermAmount] int NULL,
        [ResolutionTermUnit] nvarchar(500) NULL,
        [EndsAdministrativeRoute] bit NULL,
        [ElectronicLevel] nvarchar(500) NULL,
        [Recipients] nvarchar(max) NOT NULL,
        [Subjects] nvarchar(max) NOT NULL,
        [LegalBasis] nvarchar(max) NOT NULL,
        [Status] nvarchar(500) NULL,
        [IsWithdrawn] bit NOT NULL,
        [LastUpdated] nvarchar(32) NULL,
        [IsGone] bit NOT NULL,
        [GoneSince] datetimeoffset NULL,
        [FirstSeenAt] datetimeoffset NOT NULL,
        [LastChangedAt] datetimeoffset NOT NULL,
        [ContentHash] bigint NOT NULL,
        CONSTRAINT [PK_SiaEntries] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [SyncRuns] (
        [Id] bigint NOT NULL IDENTITY,
        [Trigger] nvarchar(32) NOT NULL,
        [DryRun] bit NOT NULL,
        [Full] bit NOT NULL,
        [RequestedBy] nvarchar(200) NULL,
        [MunicipalityFilter] varchar(5) NULL,
        [StartedAt] datetimeoffset NOT NULL,
        [FinishedAt] datetimeoffset NULL,
        [Outcome] nvarchar(32) NOT NULL,
        [Error] nvarchar(max) NULL,
        [Sources] nvarchar(max) NOT NULL,
        [MunicipalitiesReconciled] int NOT NULL,
        [DiscrepanciesOpened] int NOT NULL,
        [DiscrepanciesClosed] int NOT NULL,
        [DiscrepanciesUpdated] int NOT NULL,
        [Node] nvarchar(200) NULL,
        [OfficesAdded] int NOT NULL,
        [OfficesChanged] int NOT NULL,
        [OfficesGone] int NOT NULL,
        [SiaEntriesAdded] int NOT NULL,
        [SiaEntriesChanged] int NOT NULL,
        [SiaEntriesGone] int NOT NULL,
        [UnitsAdded] int NOT NULL,
        [UnitsChanged] int NOT NULL,
        [UnitsGone] int NOT NULL,
        CONSTRAINT [PK_SyncRuns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [Units] (
        [Code] varchar(9) NOT NULL,
        [Name] nvarchar(500) NOT NULL,
        [AdministrationLevel] int NOT NULL,
        [EntityType] varchar(8) NULL,
        [HierarchyLevel] int NULL,
        [ParentCode] varchar(9) NULL,
        [PrincipalCode] varchar(9) NULL,
        [EdpPrincipalCode] varchar(9) NULL,
        [Status] nvarchar(32) NOT NULL,
        [OfficialDate] nvarchar(32) NULL,
        [Nif] nvarchar(32) NULL,
        [ProvinceCode] varchar(2) NULL,
        [SourceList] nvarchar(32) NULL,
        [IsGone] bit NOT NULL,
        [GoneSince] datetimeoffset NULL,
        [FirstSeenAt] datetimeoffset NOT NULL,
        [LastChangedAt] datetimeoffset NOT NULL,
        [ContentHash] bigint NOT NULL,
        CONSTRAINT [PK_Units] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [UnitSuccessions] (
        [PredecessorCode] varchar(9) NOT NULL,
        [SuccessorCode] varchar(9) NOT NULL,
        [Reason] nvarchar(100) NULL,
        [Date] nvarchar(32) NULL,
        CONSTRAINT [PK_UnitSuccessions] PRIMARY KEY ([PredecessorCode], [SuccessorCode])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [ReferenceProcedures] (
        [Id] bigint NOT NULL IDENTITY,
        [Code] varchar(32) NOT NULL,
        [ProcessId] bigint NOT NULL,
        [Name] nvarchar(500) NOT NULL,
        [Description] nvarchar(4000) NULL,
        [ExampleSiaCode] varchar(10) NULL,
        [CurrentVersion] int NOT NULL,
        [IsRetired] bit NOT NULL,
        [Revision] int NOT NULL,
        [Channels] int NOT NULL,
        [ElectronicLevel] int NULL,
        [EndsAdministrativeRoute] bit NULL,
        [Fees] nvarchar(1000) NULL,
        [Initiation] nvarchar(32) NULL,
        [LegalBasis] nvarchar(max) NOT NULL,
        [Recipients] int NOT NULL,
        [ResolutionTermAmount] int NULL,
        [ResolutionTermUnit] nvarchar(32) NULL,
        [SilenceEffect] nvarchar(32) NULL,
        CONSTRAINT [PK_ReferenceProcedures] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReferenceProcedures_ReferenceProcesses_ProcessId] FOREIGN KEY ([ProcessId]) REFERENCES [ReferenceProcesses] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [CityProcedures] (
        [Id] bigint NOT NULL IDENTITY,
        [MunicipalityIneCode] char(5) NOT NULL,
        [LocalId] nvarchar(64) NULL,
        [LocalName] nvarchar(500) NOT NULL,
        [SearchName] nvarchar(500) NOT NULL,
        [Description] nvarchar(4000) NULL,
        [SiaCode] varchar(10) NULL,
        [ResponsibleUnitCode] varchar(9) NULL,
        [ReferenceProcedureId] bigint NULL,
        [ConfirmedReferenceVersion] int NULL,
        [IsOffered] bit NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [WithdrawnAt] datetimeoffset NULL,
        [WithdrawalReason] nvarchar(2000) NULL,
        [IsDemo] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [Revision] int NOT NULL,
        [Channels] int NOT NULL,
        [ElectronicLevel] int NULL,
        [EndsAdministrativeRoute] bit NULL,
        [Fees] nvarchar(1000) NULL,
        [Initiation] nvarchar(32) NULL,
        [LegalBasis] nvarchar(max) NOT NULL,
        [Recipients] int NOT NULL,
        [ResolutionTermAmount] int NULL,
        [ResolutionTermUnit] nvarchar(32) NULL,
        [SilenceEffect] nvarchar(32) NULL,
        CONSTRAINT [PK_CityProcedures] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CityProcedures_Municipalities_MunicipalityIneCode] FOREIGN KEY ([MunicipalityIneCode]) REFERENCES [Municipalities] ([IneCode]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CityProcedures_ReferenceProcedures_ReferenceProcedureId] FOREIGN KEY ([ReferenceProcedureId]) REFERENCES [ReferenceProcedures] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE TABLE [ReferenceProcedureVersions] (
        [Id] bigint NOT NULL IDENTITY,
        [ReferenceProcedureId] bigint NOT NULL,
        [Number] int NOT NULL,
        [Name] nvarchar(500) NOT NULL,
        [Description] nvarchar(4000) NULL,
        [ProcessId] bigint NOT NULL,
        [ChangedFields] nvarchar(2000) NOT NULL,
        [Author] nvarchar(200) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [Note] nvarchar(2000) NULL,
        [Channels] int NOT NULL,
        [ElectronicLevel] int NULL,
        [EndsAdministrativeRoute] bit NULL,
        [Fees] nvarchar(1000) NULL,
        [Initiation] nvarchar(32) NULL,
        [LegalBasis] nvarchar(max) NOT NULL,
        [Recipients] int NOT NULL,
        [ResolutionTermAmount] int NULL,
        [ResolutionTermUnit] nvarchar(32) NULL,
        [SilenceEffect] nvarchar(32) NULL,
        CONSTRAINT [PK_ReferenceProcedureVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReferenceProcedureVersions_ReferenceProcedures_ReferenceProcedureId] FOREIGN KEY ([ReferenceProcedureId]) REFERENCES [ReferenceProcedures] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_ChangeLog_At] ON [ChangeLog] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_ChangeLog_EntityType_EntityId] ON [ChangeLog] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_ChangeLog_MunicipalityIneCode] ON [ChangeLog] ([MunicipalityIneCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_CityProcedures_MunicipalityIneCode_LocalId] ON [CityProcedures] ([MunicipalityIneCode], [LocalId]) WHERE [LocalId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_CityProcedures_MunicipalityIneCode_SearchName] ON [CityProcedures] ([MunicipalityIneCode], [SearchName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_CityProcedures_MunicipalityIneCode_SiaCode] ON [CityProcedures] ([MunicipalityIneCode], [SiaCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_CityProcedures_ReferenceProcedureId] ON [CityProcedures] ([ReferenceProcedureId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_CityProcedures_ResponsibleUnitCode] ON [CityProcedures] ([ResponsibleUnitCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_CityProcedures_SiaCode] ON [CityProcedures] ([SiaCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_Discrepancies_CityProcedureId] ON [Discrepancies] ([CityProcedureId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Discrepancies_Key] ON [Discrepancies] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_Discrepancies_Kind_Status] ON [Discrepancies] ([Kind], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_Discrepancies_MunicipalityIneCode_Status] ON [Discrepancies] ([MunicipalityIneCode], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Municipalities_CouncilDir3Code] ON [Municipalities] ([CouncilDir3Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_Municipalities_ProvinceCode] ON [Municipalities] ([ProvinceCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_Municipalities_RegionCode] ON [Municipalities] ([RegionCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_Municipalities_SearchName] ON [Municipalities] ([SearchName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_Offices_ResponsibleUnitCode] ON [Offices] ([ResponsibleUnitCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_OfficeUnitRelations_UnitCode] ON [OfficeUnitRelations] ([UnitCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReferenceProcedures_Code] ON [ReferenceProcedures] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_ReferenceProcedures_ProcessId] ON [ReferenceProcedures] ([ProcessId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReferenceProcedureVersions_ReferenceProcedureId_Number] ON [ReferenceProcedureVersions] ([ReferenceProcedureId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReferenceProcesses_Code] ON [ReferenceProcesses] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_SiaEntries_ResponsibleN1] ON [SiaEntries] ([ResponsibleN1]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_SiaEntries_ResponsibleUnitCode] ON [SiaEntries] ([ResponsibleUnitCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_SyncRuns_Outcome] ON [SyncRuns] ([Outcome]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_SyncRuns_StartedAt] ON [SyncRuns] ([StartedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_Units_ParentCode] ON [Units] ([ParentCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_Units_PrincipalCode] ON [Units] ([PrincipalCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_Units_Status_IsGone] ON [Units] ([Status], [IsGone]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    CREATE INDEX [IX_UnitSuccessions_SuccessorCode] ON [UnitSuccessions] ([SuccessorCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127053656_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127053656_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054805_AddApiKeys'
)
BEGIN
    CREATE TABLE [ApiKeys] (
        [Id] varchar(32) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [SecretHash] varchar(64) NOT NULL,
        [Municipalities] nvarchar(4000) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        [RevokedAt] datetimeoffset NULL,
        [RevokedBy] nvarchar(200) NULL,
        [Revision] int NOT NULL,
        CONSTRAINT [PK_ApiKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054805_AddApiKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127054805_AddApiKeys', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_JOB_DETAILS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_JOB_DETAILS (
        SCHED_NAME nvarchar(120) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        DESCRIPTION nvarchar(250) NULL,
        JOB_CLASS_NAME nvarchar(250) NOT NULL,
        IS_DURABLE bit NOT NULL,
        IS_NONCONCURRENT bit NOT NULL,
        IS_UPDATE_DATA bit NOT NULL,
        REQUESTS_RECOVERY bit NOT NULL,
        JOB_DATA varbinary(max) NULL,
        CONSTRAINT PK_QRTZ_JOB_DETAILS PRIMARY KEY (SCHED_NAME,JOB_NAME,JOB_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        DESCRIPTION nvarchar(250) NULL,
        NEXT_FIRE_TIME bigint NULL,
        PREV_FIRE_TIME bigint NULL,
        PRIORITY int NULL,
        TRIGGER_STATE nvarchar(16) NOT NULL,
        TRIGGER_TYPE nvarchar(8) NOT NULL,
        START_TIME bigint NOT NULL,
        END_TIME bigint NULL,
        CALENDAR_NAME nvarchar(200) NULL,
        MISFIRE_INSTR int NULL,
        MISFIRE_ORIG_FIRE_TIME bigint NULL,
        EXECUTION_GROUP nvarchar(200) NULL,
        PREFERRED_NODE nvarchar(200) NULL,
        PREFERRED_NODE_AUTO bit NOT NULL DEFAULT 0,
        RETRY_POLICY nvarchar(250) NULL,
        RETRY_ATTEMPT int NULL,
        CONTINUES_TRIGGER_NAME nvarchar(150) NULL,
        CONTINUES_TRIGGER_GROUP nvarchar(150) NULL,
        CONTINUATION_CONDITION int NULL,
        OVERLAP_POLICY int NULL,
        PAUSE_REASON nvarchar(250) NULL,
        PAUSED_BY nvarchar(200) NULL,
        PAUSED_AT bigint NULL,
        MISFIRE_THRESHOLD bigint NULL,
        FIXED_DELAY bit NULL,
        JOB_DATA varbinary(max) NULL,
        CONSTRAINT PK_QRTZ_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_TRIGGERS_QRTZ_JOB_DETAILS FOREIGN KEY (SCHED_NAME,JOB_NAME,JOB_GROUP) REFERENCES QRTZ_JOB_DETAILS (SCHED_NAME,JOB_NAME,JOB_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_SIMPLE_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_SIMPLE_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        REPEAT_COUNT int NOT NULL,
        REPEAT_INTERVAL bigint NOT NULL,
        TIMES_TRIGGERED int NOT NULL,
        CONSTRAINT PK_QRTZ_SIMPLE_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_SIMPLE_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_CRON_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_CRON_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        CRON_EXPRESSION nvarchar(120) NOT NULL,
        TIME_ZONE_ID nvarchar(80),
        CONSTRAINT PK_QRTZ_CRON_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_CRON_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_SIMPROP_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_SIMPROP_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        STR_PROP_1 nvarchar(512) NULL,
        STR_PROP_2 nvarchar(512) NULL,
        STR_PROP_3 nvarchar(512) NULL,
        INT_PROP_1 int NULL,
        INT_PROP_2 int NULL,
        LONG_PROP_1 bigint NULL,
        LONG_PROP_2 bigint NULL,
        DEC_PROP_1 numeric(13,4) NULL,
        DEC_PROP_2 numeric(13,4) NULL,
        BOOL_PROP_1 bit NULL,
        BOOL_PROP_2 bit NULL,
        TIME_ZONE_ID nvarchar(80) NULL,
        CONSTRAINT PK_QRTZ_SIMPROP_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_SIMPROP_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_BLOB_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_BLOB_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        BLOB_DATA varbinary(max) NULL,
        CONSTRAINT PK_QRTZ_BLOB_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_CALENDARS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_CALENDARS (
        SCHED_NAME nvarchar(120) NOT NULL,
        CALENDAR_NAME nvarchar(200) NOT NULL,
        CALENDAR varbinary(max) NOT NULL,
        CONSTRAINT PK_QRTZ_CALENDARS PRIMARY KEY (SCHED_NAME,CALENDAR_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_PAUSED_TRIGGER_GRPS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_PAUSED_TRIGGER_GRPS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        PAUSE_REASON nvarchar(250) NULL,
        PAUSED_BY nvarchar(200) NULL,
        PAUSED_AT bigint NULL,
        CONSTRAINT PK_QRTZ_PAUSED_TRIGGER_GRPS PRIMARY KEY (SCHED_NAME,TRIGGER_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_PAUSED_JOB_GRPS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_PAUSED_JOB_GRPS (
        SCHED_NAME nvarchar(120) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        PAUSE_REASON nvarchar(250) NULL,
        PAUSED_BY nvarchar(200) NULL,
        PAUSED_AT bigint NULL,
        CONSTRAINT PK_QRTZ_PAUSED_JOB_GRPS PRIMARY KEY (SCHED_NAME,JOB_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_FIRED_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_FIRED_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        ENTRY_ID nvarchar(140) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        FIRED_TIME bigint NOT NULL,
        SCHED_TIME bigint NOT NULL,
        PRIORITY int NOT NULL,
        STATE nvarchar(16) NOT NULL,
        JOB_NAME nvarchar(150) NULL,
        JOB_GROUP nvarchar(150) NULL,
        IS_NONCONCURRENT bit NULL,
        REQUESTS_RECOVERY bit NULL,
        EXECUTION_GROUP nvarchar(200) NULL,
        PROGRESS int NULL,
        PROGRESS_MESSAGE nvarchar(250) NULL,
        INTERRUPT_REQUESTED_TIME bigint NULL,
        CONSTRAINT PK_QRTZ_FIRED_TRIGGERS PRIMARY KEY (SCHED_NAME,ENTRY_ID)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_SCHEDULER_STATE', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_SCHEDULER_STATE (
        SCHED_NAME nvarchar(120) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        LAST_CHECKIN_TIME bigint NOT NULL,
        CHECKIN_INTERVAL bigint NOT NULL,
        QUARTZ_VERSION nvarchar(20) NULL,
        CONSTRAINT PK_QRTZ_SCHEDULER_STATE PRIMARY KEY (SCHED_NAME,INSTANCE_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_LOCKS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_LOCKS (
        SCHED_NAME nvarchar(120) NOT NULL,
        LOCK_NAME nvarchar(40) NOT NULL,
        CONSTRAINT PK_QRTZ_LOCKS PRIMARY KEY (SCHED_NAME,LOCK_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_EXECUTION_HISTORY', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_EXECUTION_HISTORY (
        SCHED_NAME nvarchar(120) NOT NULL,
        ENTRY_ID nvarchar(140) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        FIRED_TIME bigint NOT NULL,
        RUN_TIME bigint NOT NULL,
        SUCCEEDED bit NOT NULL,
        ERROR_MESSAGE nvarchar(1000) NULL,
        RETRY_ATTEMPT int NOT NULL DEFAULT 0,
        RETRY_SCHEDULED bit NOT NULL DEFAULT 0,
        EXECUTION_LOG nvarchar(max) NULL,
        RESULT int NULL,
        SUMMARY nvarchar(1000) NULL,
        METRICS nvarchar(max) NULL,
        MANUAL bit NULL,
        FIRE_INSTANCE_ID nvarchar(140) NULL,
        JOB_INPUT nvarchar(max) NULL,
        JOB_INPUT_TOO_LARGE bit NULL,
        CONSTRAINT PK_QRTZ_EXECUTION_HISTORY PRIMARY KEY (SCHED_NAME,ENTRY_ID)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_MISFIRE_HISTORY', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_MISFIRE_HISTORY (
        SCHED_NAME nvarchar(120) NOT NULL,
        ENTRY_ID nvarchar(140) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        JOB_NAME nvarchar(150) NULL,
        JOB_GROUP nvarchar(150) NULL,
        MISFIRE_TIME bigint NOT NULL,
        SCHED_TIME bigint NULL,
        REASON int NULL,
        CONSTRAINT PK_QRTZ_MISFIRE_HISTORY PRIMARY KEY (SCHED_NAME,ENTRY_ID)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF OBJECT_ID(N'QRTZ_JOB_STATUS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_JOB_STATUS (
        SCHED_NAME nvarchar(120) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        FIRST_FIRED_TIME bigint NOT NULL,
        LAST_FIRED_TIME bigint NOT NULL,
        LAST_RESULT int NOT NULL,
        LAST_RUN_TIME bigint NOT NULL,
        LAST_INSTANCE_NAME nvarchar(200) NOT NULL,
        LAST_ENTRY_ID nvarchar(140) NULL,
        LAST_SUMMARY nvarchar(1000) NULL,
        LAST_SUCCESS_TIME bigint NULL,
        LAST_FAILURE_TIME bigint NULL,
        LAST_FAILURE_MESSAGE nvarchar(1000) NULL,
        CONSECUTIVE_FAILURES int NOT NULL DEFAULT 0,
        RUN_COUNT bigint NOT NULL DEFAULT 0,
        FAILURE_COUNT bigint NOT NULL DEFAULT 0,
        CONSTRAINT PK_QRTZ_JOB_STATUS PRIMARY KEY (SCHED_NAME,JOB_GROUP,JOB_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_J_G_N' AND object_id = OBJECT_ID('QRTZ_JOB_DETAILS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_J_G_N ON QRTZ_JOB_DETAILS(SCHED_NAME, JOB_GROUP, JOB_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_J' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_J ON QRTZ_TRIGGERS(SCHED_NAME, JOB_NAME, JOB_GROUP);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_G_N' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_G_N ON QRTZ_TRIGGERS(SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_C' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_C ON QRTZ_TRIGGERS(SCHED_NAME, CALENDAR_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_NFT_ST' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_NFT_ST ON QRTZ_TRIGGERS(SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME ASC, PRIORITY DESC, MISFIRE_INSTR);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_FT_INST_JOB_REQ_RCVRY' AND object_id = OBJECT_ID('QRTZ_FIRED_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_FT_INST_JOB_REQ_RCVRY ON QRTZ_FIRED_TRIGGERS(SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_FT_J_G' AND object_id = OBJECT_ID('QRTZ_FIRED_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_FT_J_G ON QRTZ_FIRED_TRIGGERS(SCHED_NAME, JOB_NAME, JOB_GROUP);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_FT_T_G' AND object_id = OBJECT_ID('QRTZ_FIRED_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_FT_T_G ON QRTZ_FIRED_TRIGGERS(SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_FIRED_TIME' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_FIRED_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, FIRED_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_INST' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_INST ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, INSTANCE_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_MH_MISFIRE_TIME' AND object_id = OBJECT_ID('QRTZ_MISFIRE_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_MH_MISFIRE_TIME ON QRTZ_MISFIRE_HISTORY(SCHED_NAME, MISFIRE_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_MH_INST' AND object_id = OBJECT_ID('QRTZ_MISFIRE_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_MH_INST ON QRTZ_MISFIRE_HISTORY(SCHED_NAME, INSTANCE_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_JOB_TIME' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_JOB_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, JOB_GROUP, JOB_NAME, FIRED_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_FIRE_INST' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_FIRE_INST ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, FIRE_INSTANCE_ID);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN

    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_TRIG_TIME' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_TRIG_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME, FIRED_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127060050_QuartzTables'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127060050_QuartzTables', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127070452_VersionProcessLink'
)
BEGIN
    UPDATE "ReferenceProcedureVersions" SET "ProcessId" = (SELECT p."ProcessId" FROM "ReferenceProcedures" p WHERE p."Id" = "ReferenceProcedureVersions"."ReferenceProcedureId") WHERE "ProcessId" = 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127070452_VersionProcessLink'
)
BEGIN
    CREATE INDEX [IX_ReferenceProcedureVersions_ProcessId] ON [ReferenceProcedureVersions] ([ProcessId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127070452_VersionProcessLink'
)
BEGIN
    ALTER TABLE [ReferenceProcedureVersions] ADD CONSTRAINT [FK_ReferenceProcedureVersions_ReferenceProcesses_ProcessId] FOREIGN KEY ([ProcessId]) REFERENCES [ReferenceProcesses] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127070452_VersionProcessLink'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127070452_VersionProcessLink', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125619_Accounts'
)
BEGIN
    CREATE TABLE [Accounts] (
        [Id] nvarchar(450) NOT NULL,
        [Role] varchar(16) NOT NULL,
        [Municipalities] nvarchar(4000) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_Accounts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125619_Accounts'
)
BEGIN
    CREATE TABLE [AccountClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AccountClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AccountClaims_Accounts_UserId] FOREIGN KEY ([UserId]) REFERENCES [Accounts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125619_Accounts'
)
BEGIN
    CREATE TABLE [AccountLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AccountLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AccountLogins_Accounts_UserId] FOREIGN KEY ([UserId]) REFERENCES [Accounts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125619_Accounts'
)
BEGIN
    CREATE TABLE [AccountTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AccountTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AccountTokens_Accounts_UserId] FOREIGN KEY ([UserId]) REFERENCES [Accounts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125619_Accounts'
)
BEGIN
    CREATE INDEX [IX_AccountClaims_UserId] ON [AccountClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125619_Accounts'
)
BEGIN
    CREATE INDEX [IX_AccountLogins_UserId] ON [AccountLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125619_Accounts'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [Accounts] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125619_Accounts'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [Accounts] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125619_Accounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203125619_Accounts', N'10.0.15');
END;

COMMIT;
GO

