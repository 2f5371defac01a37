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
    WHERE [MigrationId] = N'20261203124936_CityCatalogUniqueCodes'
)
BEGIN
    INSERT INTO [ChangeLog] ([At], [Actor], [Role], [ApiKeyId], [EntityType], [EntityId], [Action], [Changes], [MunicipalityIneCode]) SELECT SYSDATETIMEOFFSET(), 'migration', 'admin', NULL, 'CityProcedure', CAST(p.[Id] AS nvarchar(64)), 'clear-duplicate-sia-code', '[{"field":"siaCode","before":"' + p.[SiaCode] + '","after":null}]', p.[MunicipalityIneCode] FROM [CityProcedures] p WHERE p.[Status] = 'Active' AND p.[SiaCode] IS NOT NULL AND EXISTS (SELECT 1 FROM [CityProcedures] o WHERE o.[MunicipalityIneCode] = p.[MunicipalityIneCode] AND o.[SiaCode] = p.[SiaCode] AND o.[Status] = 'Active' AND o.[Id] < p.[Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203124936_CityCatalogUniqueCodes'
)
BEGIN
    UPDATE [CityProcedures] SET [SiaCode] = NULL, [Revision] = [Revision] + 1 WHERE [CityProcedures].[Status] = 'Active' AND [CityProcedures].[SiaCode] IS NOT NULL AND EXISTS (SELECT 1 FROM [CityProcedures] o WHERE o.[MunicipalityIneCode] = [CityProcedures].[MunicipalityIneCode] AND o.[SiaCode] = [CityProcedures].[SiaCode] AND o.[Status] = 'Active' AND o.[Id] < [CityProcedures].[Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203124936_CityCatalogUniqueCodes'
)
BEGIN
    DROP INDEX [IX_CityProcedures_MunicipalityIneCode_SiaCode] ON [CityProcedures];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203124936_CityCatalogUniqueCodes'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_CityProcedures_MunicipalityIneCode_SiaCode] ON [CityProcedures] ([MunicipalityIneCode], [SiaCode]) WHERE [SiaCode] IS NOT NULL AND [Status] = ''Active''');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203124936_CityCatalogUniqueCodes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203124936_CityCatalogUniqueCodes', N'10.0.15');
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

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    ALTER TABLE [Municipalities] ADD [DisplayName] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    ALTER TABLE [Municipalities] ADD [ProvinceDisplayName] nvarchar(100) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    UPDATE [Municipalities] SET [Name] = REPLACE([Name], '"', ''), [DisplayName] = REPLACE([Name], '"', ''), [SearchName] = REPLACE([SearchName], '"', ''), [ProvinceName] = REPLACE([ProvinceName], '"', ''), [ProvinceDisplayName] = REPLACE([ProvinceName], '"', '');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [ProvinceDisplayName] = N''A Coruña''
    WHERE [ProvinceCode] = ''15'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [ProvinceDisplayName] = N''La Rioja''
    WHERE [ProvinceCode] = ''26'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [ProvinceDisplayName] = N''Las Palmas''
    WHERE [ProvinceCode] = ''35'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Ballestero'', [SearchName] = N''ballestero, el | el ballestero''
    WHERE [IneCode] = ''02014'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Bonillo'', [SearchName] = N''bonillo, el | el bonillo''
    WHERE [IneCode] = ''02019'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Gineta'', [SearchName] = N''gineta, la | la gineta''
    WHERE [IneCode] = ''02035'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Herrera'', [SearchName] = N''herrera, la | la herrera''
    WHERE [IneCode] = ''02038'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Recueja'', [SearchName] = N''recueja, la | la recueja''
    WHERE [IneCode] = ''02066'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Roda'', [SearchName] = N''roda, la | la roda''
    WHERE [IneCode] = ''02069'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Atzúbia'', [SearchName] = N''atzubia, l'''' | l''''atzubia''
    WHERE [IneCode] = ''03001'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Alfàs del Pi'', [SearchName] = N''alfas del pi, l'''' | l''''alfas del pi''
    WHERE [IneCode] = ''03011'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Alqueria d''''Asnar'', [SearchName] = N''alqueria d''''asnar, l'''' | l''''alqueria d''''asnar''
    WHERE [IneCode] = ''03017'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Benitachell/El Poble Nou de Benitatxell'', [SearchName] = N''benitachell/poble nou de benitatxell, el | benitachell/el poble nou de benitatxell''
    WHERE [IneCode] = ''03042'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Campello'', [SearchName] = N''campello, el | el campello''
    WHERE [IneCode] = ''03050'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Campo de Mirra/El Camp de Mirra'', [SearchName] = N''campo de mirra/camp de mirra, el | campo de mirra/el camp de mirra''
    WHERE [IneCode] = ''03051'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Castell de Guadalest'', [SearchName] = N''castell de guadalest, el | el castell de guadalest''
    WHERE [IneCode] = ''03075'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Fondó de les Neus/Hondón de las Nieves'', [SearchName] = N''fondo de les neus, el/hondon de las nieves | el fondo de les neus/hondon de las nieves''
    WHERE [IneCode] = ''03077'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Lorcha/L''''Orxa'', [SearchName] = N''lorcha/orxa, l'''' | lorcha/l''''orxa''
    WHERE [IneCode] = ''03084'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Nucia'', [SearchName] = N''nucia, la | la nucia''
    WHERE [IneCode] = ''03094'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pinós/Pinoso'', [SearchName] = N''pinos, el/pinoso | el pinos/pinoso''
    WHERE [IneCode] = ''03105'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Ràfol d''''Almúnia'', [SearchName] = N''rafol d''''almunia, el | el rafol d''''almunia''
    WHERE [IneCode] = ''03110'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Romana'', [SearchName] = N''romana, la | la romana''
    WHERE [IneCode] = ''03114'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Torremanzanas/La Torre de les Maçanes'', [SearchName] = N''torremanzanas/torre de les macanes, la | torremanzanas/la torre de les macanes''
    WHERE [IneCode] = ''03132'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vall d''''Alcalà'', [SearchName] = N''vall d''''alcala, la | la vall d''''alcala''
    WHERE [IneCode] = ''03134'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vall d''''Ebo'', [SearchName] = N''vall d''''ebo, la | la vall d''''ebo''
    WHERE [IneCode] = ''03135'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vall de Laguar'', [SearchName] = N''vall de laguar, la | la vall de laguar''
    WHERE [IneCode] = ''03137'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Verger'', [SearchName] = N''verger, el | el verger''
    WHERE [IneCode] = ''03138'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Villajoyosa/La Vila Joiosa'', [SearchName] = N''villajoyosa/vila joiosa, la | villajoyosa/la vila joiosa''
    WHERE [IneCode] = ''03139'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Els Poblets'', [SearchName] = N''poblets, els | els poblets''
    WHERE [IneCode] = ''03901'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Montesinos'', [SearchName] = N''montesinos, los | los montesinos''
    WHERE [IneCode] = ''03903'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Gallardos'', [SearchName] = N''gallardos, los | los gallardos''
    WHERE [IneCode] = ''04048'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Tres Villas'', [SearchName] = N''tres villas, las | las tres villas''
    WHERE [IneCode] = ''04901'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Ejido'', [SearchName] = N''ejido, el | el ejido''
    WHERE [IneCode] = ''04902'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Mojonera'', [SearchName] = N''mojonera, la | la mojonera''
    WHERE [IneCode] = ''04903'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Adrada'', [SearchName] = N''adrada, la | la adrada''
    WHERE [IneCode] = ''05002'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Aldehuela'', [SearchName] = N''aldehuela, la | la aldehuela''
    WHERE [IneCode] = ''05010'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Arenal'', [SearchName] = N''arenal, el | el arenal''
    WHERE [IneCode] = ''05013'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Barco de Ávila'', [SearchName] = N''barco de avila, el | el barco de avila''
    WHERE [IneCode] = ''05021'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Barraco'', [SearchName] = N''barraco, el | el barraco''
    WHERE [IneCode] = ''05022'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Berlanas'', [SearchName] = N''berlanas, las | las berlanas''
    WHERE [IneCode] = ''05027'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Bohodón'', [SearchName] = N''bohodon, el | el bohodon''
    WHERE [IneCode] = ''05036'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Carrera'', [SearchName] = N''carrera, la | la carrera''
    WHERE [IneCode] = ''05051'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Colilla'', [SearchName] = N''colilla, la | la colilla''
    WHERE [IneCode] = ''05061'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Fresno'', [SearchName] = N''fresno, el | el fresno''
    WHERE [IneCode] = ''05076'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Hija de Dios'', [SearchName] = N''hija de dios, la | la hija de dios''
    WHERE [IneCode] = ''05096'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Horcajada'', [SearchName] = N''horcajada, la | la horcajada''
    WHERE [IneCode] = ''05097'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Hornillo'', [SearchName] = N''hornillo, el | el hornillo''
    WHERE [IneCode] = ''05100'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Hoyo de Pinares'', [SearchName] = N''hoyo de pinares, el | el hoyo de pinares''
    WHERE [IneCode] = ''05102'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Losar del Barco'', [SearchName] = N''losar del barco, el | el losar del barco''
    WHERE [IneCode] = ''05112'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Llanos de Tormes'', [SearchName] = N''llanos de tormes, los | los llanos de tormes''
    WHERE [IneCode] = ''05113'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Mirón'', [SearchName] = N''miron, el | el miron''
    WHERE [IneCode] = ''05129'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Navas del Marqués'', [SearchName] = N''navas del marques, las | las navas del marques''
    WHERE [IneCode] = ''05168'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Oso'', [SearchName] = N''oso, el | el oso''
    WHERE [IneCode] = ''05175'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Parral'', [SearchName] = N''parral, el | el parral''
    WHERE [IneCode] = ''05180'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Serrada'', [SearchName] = N''serrada, la | la serrada''
    WHERE [IneCode] = ''05232'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Tiemblo'', [SearchName] = N''tiemblo, el | el tiemblo''
    WHERE [IneCode] = ''05241'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Torre'', [SearchName] = N''torre, la | la torre''
    WHERE [IneCode] = ''05247'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Albuera'', [SearchName] = N''albuera, la | la albuera''
    WHERE [IneCode] = ''06005'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Carrascalejo'', [SearchName] = N''carrascalejo, el | el carrascalejo''
    WHERE [IneCode] = ''06032'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Codosera'', [SearchName] = N''codosera, la | la codosera''
    WHERE [IneCode] = ''06037'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Coronada'', [SearchName] = N''coronada, la | la coronada''
    WHERE [IneCode] = ''06039'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Garrovilla'', [SearchName] = N''garrovilla, la | la garrovilla''
    WHERE [IneCode] = ''06058'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Haba'', [SearchName] = N''haba, la | la haba''
    WHERE [IneCode] = ''06061'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Lapa'', [SearchName] = N''lapa, la | la lapa''
    WHERE [IneCode] = ''06071'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Morera'', [SearchName] = N''morera, la | la morera''
    WHERE [IneCode] = ''06089'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Nava de Santiago'', [SearchName] = N''nava de santiago, la | la nava de santiago''
    WHERE [IneCode] = ''06090'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Parra'', [SearchName] = N''parra, la | la parra''
    WHERE [IneCode] = ''06099'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Roca de la Sierra'', [SearchName] = N''roca de la sierra, la | la roca de la sierra''
    WHERE [IneCode] = ''06115'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Santos de Maimona'', [SearchName] = N''santos de maimona, los | los santos de maimona''
    WHERE [IneCode] = ''06122'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Zarza'', [SearchName] = N''zarza, la | la zarza''
    WHERE [IneCode] = ''06162'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Es Mercadal'', [SearchName] = N''mercadal, es | es mercadal''
    WHERE [IneCode] = ''07037'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Sa Pobla'', [SearchName] = N''pobla, sa | sa pobla''
    WHERE [IneCode] = ''07044'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Ses Salines'', [SearchName] = N''salines, ses | ses salines''
    WHERE [IneCode] = ''07059'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Es Castell'', [SearchName] = N''castell, es | es castell''
    WHERE [IneCode] = ''07064'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Es Migjorn Gran'', [SearchName] = N''migjorn gran, es | es migjorn gran''
    WHERE [IneCode] = ''07902'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Ametlla del Vallès'', [SearchName] = N''ametlla del valles, l'''' | l''''ametlla del valles''
    WHERE [IneCode] = ''08005'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Bruc'', [SearchName] = N''bruc, el | el bruc''
    WHERE [IneCode] = ''08025'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Brull'', [SearchName] = N''brull, el | el brull''
    WHERE [IneCode] = ''08026'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Cabanyes'', [SearchName] = N''cabanyes, les | les cabanyes''
    WHERE [IneCode] = ''08027'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Espunyola'', [SearchName] = N''espunyola, l'''' | l''''espunyola''
    WHERE [IneCode] = ''08078'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Estany'', [SearchName] = N''estany, l'''' | l''''estany''
    WHERE [IneCode] = ''08079'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Franqueses del Vallès'', [SearchName] = N''franqueses del valles, les | les franqueses del valles''
    WHERE [IneCode] = ''08086'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Garriga'', [SearchName] = N''garriga, la | la garriga''
    WHERE [IneCode] = ''08088'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Granada'', [SearchName] = N''granada, la | la granada''
    WHERE [IneCode] = ''08094'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Hospitalet de Llobregat'', [SearchName] = N''hospitalet de llobregat, l'''' | l''''hospitalet de llobregat''
    WHERE [IneCode] = ''08101'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Llacuna'', [SearchName] = N''llacuna, la | la llacuna''
    WHERE [IneCode] = ''08104'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Llagosta'', [SearchName] = N''llagosta, la | la llagosta''
    WHERE [IneCode] = ''08105'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Masies de Roda'', [SearchName] = N''masies de roda, les | les masies de roda''
    WHERE [IneCode] = ''08116'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Masies de Voltregà'', [SearchName] = N''masies de voltrega, les | les masies de voltrega''
    WHERE [IneCode] = ''08117'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Masnou'', [SearchName] = N''masnou, el | el masnou''
    WHERE [IneCode] = ''08118'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Nou de Berguedà'', [SearchName] = N''nou de bergueda, la | la nou de bergueda''
    WHERE [IneCode] = ''08142'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Papiol'', [SearchName] = N''papiol, el | el papiol''
    WHERE [IneCode] = ''08158'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Els Hostalets de Pierola'', [SearchName] = N''hostalets de pierola, els | els hostalets de pierola''
    WHERE [IneCode] = ''08162'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pla del Penedès'', [SearchName] = N''pla del penedes, el | el pla del penedes''
    WHERE [IneCode] = ''08164'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla de Claramunt'', [SearchName] = N''pobla de claramunt, la | la pobla de claramunt''
    WHERE [IneCode] = ''08165'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla de Lillet'', [SearchName] = N''pobla de lillet, la | la pobla de lillet''
    WHERE [IneCode] = ''08166'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Prat de Llobregat'', [SearchName] = N''prat de llobregat, el | el prat de llobregat''
    WHERE [IneCode] = ''08169'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Els Prats de Rei'', [SearchName] = N''prats de rei, els | els prats de rei''
    WHERE [IneCode] = ''08170'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Quar'', [SearchName] = N''quar, la | la quar''
    WHERE [IneCode] = ''08177'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Roca del Vallès'', [SearchName] = N''roca del valles, la | la roca del valles''
    WHERE [IneCode] = ''08181'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pont de Vilomara i Rocafort'', [SearchName] = N''pont de vilomara i rocafort, el | el pont de vilomara i rocafort''
    WHERE [IneCode] = ''08182'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Esquirol'', [SearchName] = N''esquirol, l'''' | l''''esquirol''
    WHERE [IneCode] = ''08254'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Torre de Claramunt'', [SearchName] = N''torre de claramunt, la | la torre de claramunt''
    WHERE [IneCode] = ''08286'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Palma de Cervelló'', [SearchName] = N''palma de cervello, la | la palma de cervello''
    WHERE [IneCode] = ''08905'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Altos'', [SearchName] = N''altos, los | los altos''
    WHERE [IneCode] = ''09014'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Ausines'', [SearchName] = N''ausines, los | los ausines''
    WHERE [IneCode] = ''09030'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Balbases'', [SearchName] = N''balbases, los | los balbases''
    WHERE [IneCode] = ''09034'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Barrios de Bureba'', [SearchName] = N''barrios de bureba, los | los barrios de bureba''
    WHERE [IneCode] = ''09043'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Cueva de Roa'', [SearchName] = N''cueva de roa, la | la cueva de roa''
    WHERE [IneCode] = ''09117'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Gallega'', [SearchName] = N''gallega, la | la gallega''
    WHERE [IneCode] = ''09144'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Hormazas'', [SearchName] = N''hormazas, las | las hormazas''
    WHERE [IneCode] = ''09166'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Horra'', [SearchName] = N''horra, la | la horra''
    WHERE [IneCode] = ''09168'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Puebla de Arganzón'', [SearchName] = N''puebla de arganzon, la | la puebla de arganzon''
    WHERE [IneCode] = ''09276'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Quintanillas'', [SearchName] = N''quintanillas, las | las quintanillas''
    WHERE [IneCode] = ''09297'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Revilla y Ahedo'', [SearchName] = N''revilla y ahedo, la | la revilla y ahedo''
    WHERE [IneCode] = ''09312'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Sequera de Haza'', [SearchName] = N''sequera de haza, la | la sequera de haza''
    WHERE [IneCode] = ''09365'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vid y Barrios'', [SearchName] = N''vid y barrios, la | la vid y barrios''
    WHERE [IneCode] = ''09421'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vid de Bureba'', [SearchName] = N''vid de bureba, la | la vid de bureba''
    WHERE [IneCode] = ''09422'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Aldea del Obispo'', [SearchName] = N''aldea del obispo, la | la aldea del obispo''
    WHERE [IneCode] = ''10013'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Cumbre'', [SearchName] = N''cumbre, la | la cumbre''
    WHERE [IneCode] = ''10069'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Garganta'', [SearchName] = N''garganta, la | la garganta''
    WHERE [IneCode] = ''10078'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Gordo'', [SearchName] = N''gordo, el | el gordo''
    WHERE [IneCode] = ''10085'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Granja'', [SearchName] = N''granja, la | la granja''
    WHERE [IneCode] = ''10086'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pesga'', [SearchName] = N''pesga, la | la pesga''
    WHERE [IneCode] = ''10144'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Torno'', [SearchName] = N''torno, el | el torno''
    WHERE [IneCode] = ''10184'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Barrios'', [SearchName] = N''barrios, los | los barrios''
    WHERE [IneCode] = ''11008'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Bosque'', [SearchName] = N''bosque, el | el bosque''
    WHERE [IneCode] = ''11011'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Gastor'', [SearchName] = N''gastor, el | el gastor''
    WHERE [IneCode] = ''11018'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Línea de la Concepción'', [SearchName] = N''linea de la concepcion, la | la linea de la concepcion''
    WHERE [IneCode] = ''11022'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Puerto de Santa María'', [SearchName] = N''puerto de santa maria, el | el puerto de santa maria''
    WHERE [IneCode] = ''11027'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Alcora'', [SearchName] = N''alcora, l'''' | l''''alcora''
    WHERE [IneCode] = ''12005'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Coves de Vinromà'', [SearchName] = N''coves de vinroma, les | les coves de vinroma''
    WHERE [IneCode] = ''12050'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Jana'', [SearchName] = N''jana, la | la jana''
    WHERE [IneCode] = ''12070'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Llosa'', [SearchName] = N''llosa, la | la llosa''
    WHERE [IneCode] = ''12074'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Mata de Morella'', [SearchName] = N''mata de morella, la | la mata de morella''
    WHERE [IneCode] = ''12075'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla de Benifassà'', [SearchName] = N''pobla de benifassa, la | la pobla de benifassa''
    WHERE [IneCode] = ''12093'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla Tornesa'', [SearchName] = N''pobla tornesa, la | la pobla tornesa''
    WHERE [IneCode] = ''12094'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Salzadella'', [SearchName] = N''salzadella, la | la salzadella''
    WHERE [IneCode] = ''12098'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Serratella'', [SearchName] = N''serratella, la | la serratella''
    WHERE [IneCode] = ''12103'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Toro'', [SearchName] = N''toro, el | el toro''
    WHERE [IneCode] = ''12115'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Torre d''''En Besora'', [SearchName] = N''torre d''''en besora, la | la torre d''''en besora''
    WHERE [IneCode] = ''12119'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Torre d''''en Doménec'', [SearchName] = N''torre d''''en domenec, la | la torre d''''en domenec''
    WHERE [IneCode] = ''12120'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Useras/Les Useres'', [SearchName] = N''useras/useres, les | useras/les useres''
    WHERE [IneCode] = ''12122'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vall d''''Uixó'', [SearchName] = N''vall d''''uixo, la | la vall d''''uixo''
    WHERE [IneCode] = ''12126'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vilavella'', [SearchName] = N''vilavella, la | la vilavella''
    WHERE [IneCode] = ''12136'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Alqueries/Alquerías del Niño Perdido'', [SearchName] = N''alqueries, les/alquerias del nino perdido | les alqueries/alquerias del nino perdido''
    WHERE [IneCode] = ''12901'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Cortijos'', [SearchName] = N''cortijos, los | los cortijos''
    WHERE [IneCode] = ''13036'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Labores'', [SearchName] = N''labores, las | las labores''
    WHERE [IneCode] = ''13050'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Pozuelos de Calatrava'', [SearchName] = N''pozuelos de calatrava, los | los pozuelos de calatrava''
    WHERE [IneCode] = ''13067'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Solana'', [SearchName] = N''solana, la | la solana''
    WHERE [IneCode] = ''13079'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Robledo'', [SearchName] = N''robledo, el | el robledo''
    WHERE [IneCode] = ''13901'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Blázquez'', [SearchName] = N''blazquez, los | los blazquez''
    WHERE [IneCode] = ''14011'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Carlota'', [SearchName] = N''carlota, la | la carlota''
    WHERE [IneCode] = ''14017'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Carpio'', [SearchName] = N''carpio, el | el carpio''
    WHERE [IneCode] = ''14018'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Granjuela'', [SearchName] = N''granjuela, la | la granjuela''
    WHERE [IneCode] = ''14032'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Guijo'', [SearchName] = N''guijo, el | el guijo''
    WHERE [IneCode] = ''14034'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Rambla'', [SearchName] = N''rambla, la | la rambla''
    WHERE [IneCode] = ''14057'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Victoria'', [SearchName] = N''victoria, la | la victoria''
    WHERE [IneCode] = ''14065'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Viso'', [SearchName] = N''viso, el | el viso''
    WHERE [IneCode] = ''14074'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Guijarrosa'', [SearchName] = N''guijarrosa, la | la guijarrosa''
    WHERE [IneCode] = ''14902'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Baña'', [SearchName] = N''bana, a | a bana''
    WHERE [IneCode] = ''15007'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Capela'', [SearchName] = N''capela, a | a capela''
    WHERE [IneCode] = ''15018'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Coruña'', [SearchName] = N''coruna, a | a coruna''
    WHERE [IneCode] = ''15030'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Laracha'', [SearchName] = N''laracha, a | a laracha''
    WHERE [IneCode] = ''15041'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Pino'', [SearchName] = N''pino, o | o pino''
    WHERE [IneCode] = ''15066'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Pobra do Caramiñal'', [SearchName] = N''pobra do caraminal, a | a pobra do caraminal''
    WHERE [IneCode] = ''15067'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''As Pontes de García Rodríguez'', [SearchName] = N''pontes de garcia rodriguez, as | as pontes de garcia rodriguez''
    WHERE [IneCode] = ''15070'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''As Somozas'', [SearchName] = N''somozas, as | as somozas''
    WHERE [IneCode] = ''15081'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Acebrón'', [SearchName] = N''acebron, el | el acebron''
    WHERE [IneCode] = ''16002'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Alberca de Záncara'', [SearchName] = N''alberca de zancara, la | la alberca de zancara''
    WHERE [IneCode] = ''16007'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Almarcha'', [SearchName] = N''almarcha, la | la almarcha''
    WHERE [IneCode] = ''16015'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Cañavate'', [SearchName] = N''canavate, el | el canavate''
    WHERE [IneCode] = ''16049'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Cierva'', [SearchName] = N''cierva, la | la cierva''
    WHERE [IneCode] = ''16074'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Frontera'', [SearchName] = N''frontera, la | la frontera''
    WHERE [IneCode] = ''16085'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Herrumblar'', [SearchName] = N''herrumblar, el | el herrumblar''
    WHERE [IneCode] = ''16098'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Hinojosa'', [SearchName] = N''hinojosa, la | la hinojosa''
    WHERE [IneCode] = ''16099'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Hinojosos'', [SearchName] = N''hinojosos, los | los hinojosos''
    WHERE [IneCode] = ''16100'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Hito'', [SearchName] = N''hito, el | el hito''
    WHERE [IneCode] = ''16101'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Majadas'', [SearchName] = N''majadas, las | las majadas''
    WHERE [IneCode] = ''16121'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Mesas'', [SearchName] = N''mesas, las | las mesas''
    WHERE [IneCode] = ''16124'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Parra de las Vegas'', [SearchName] = N''parra de las vegas, la | la parra de las vegas''
    WHERE [IneCode] = ''16152'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pedernoso'', [SearchName] = N''pedernoso, el | el pedernoso''
    WHERE [IneCode] = ''16153'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Pedroñeras'', [SearchName] = N''pedroneras, las | las pedroneras''
    WHERE [IneCode] = ''16154'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Peral'', [SearchName] = N''peral, el | el peral''
    WHERE [IneCode] = ''16155'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Peraleja'', [SearchName] = N''peraleja, la | la peraleja''
    WHERE [IneCode] = ''16156'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pesquera'', [SearchName] = N''pesquera, la | la pesquera''
    WHERE [IneCode] = ''16157'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Picazo'', [SearchName] = N''picazo, el | el picazo''
    WHERE [IneCode] = ''16158'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pozuelo'', [SearchName] = N''pozuelo, el | el pozuelo''
    WHERE [IneCode] = ''16169'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Provencio'', [SearchName] = N''provencio, el | el provencio''
    WHERE [IneCode] = ''16171'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Valle de Altomira'', [SearchName] = N''valle de altomira, el | el valle de altomira''
    WHERE [IneCode] = ''16173'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Valeras'', [SearchName] = N''valeras, las | las valeras''
    WHERE [IneCode] = ''16903'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Valdecolmenas'', [SearchName] = N''valdecolmenas, los | los valdecolmenas''
    WHERE [IneCode] = ''16906'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Far d''''Empordà'', [SearchName] = N''far d''''emporda, el | el far d''''emporda''
    WHERE [IneCode] = ''17005'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Armentera'', [SearchName] = N''armentera, l'''' | l''''armentera''
    WHERE [IneCode] = ''17011'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vajol'', [SearchName] = N''vajol, la | la vajol''
    WHERE [IneCode] = ''17014'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Bisbal d''''Empordà'', [SearchName] = N''bisbal d''''emporda, la | la bisbal d''''emporda''
    WHERE [IneCode] = ''17022'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Escala'', [SearchName] = N''escala, l'''' | l''''escala''
    WHERE [IneCode] = ''17062'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Jonquera'', [SearchName] = N''jonquera, la | la jonquera''
    WHERE [IneCode] = ''17086'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Llosses'', [SearchName] = N''llosses, les | les llosses''
    WHERE [IneCode] = ''17096'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pera'', [SearchName] = N''pera, la | la pera''
    WHERE [IneCode] = ''17130'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Planes d''''Hostoles'', [SearchName] = N''planes d''''hostoles, les | les planes d''''hostoles''
    WHERE [IneCode] = ''17133'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Preses'', [SearchName] = N''preses, les | les preses''
    WHERE [IneCode] = ''17139'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Port de la Selva'', [SearchName] = N''port de la selva, el | el port de la selva''
    WHERE [IneCode] = ''17140'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Selva de Mar'', [SearchName] = N''selva de mar, la | la selva de mar''
    WHERE [IneCode] = ''17188'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Cellera de Ter'', [SearchName] = N''cellera de ter, la | la cellera de ter''
    WHERE [IneCode] = ''17189'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Tallada d''''Empordà'', [SearchName] = N''tallada d''''emporda, la | la tallada d''''emporda''
    WHERE [IneCode] = ''17195'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vall d''''en Bas'', [SearchName] = N''vall d''''en bas, la | la vall d''''en bas''
    WHERE [IneCode] = ''17207'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vall de Bianya'', [SearchName] = N''vall de bianya, la | la vall de bianya''
    WHERE [IneCode] = ''17208'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Calahorra'', [SearchName] = N''calahorra, la | la calahorra''
    WHERE [IneCode] = ''18114'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Malahá'', [SearchName] = N''malaha, la | la malaha''
    WHERE [IneCode] = ''18126'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Peza'', [SearchName] = N''peza, la | la peza''
    WHERE [IneCode] = ''18154'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Zubia'', [SearchName] = N''zubia, la | la zubia''
    WHERE [IneCode] = ''18193'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Taha'', [SearchName] = N''taha, la | la taha''
    WHERE [IneCode] = ''18901'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Valle'', [SearchName] = N''valle, el | el valle''
    WHERE [IneCode] = ''18902'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Gabias'', [SearchName] = N''gabias, las | las gabias''
    WHERE [IneCode] = ''18905'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Guájares'', [SearchName] = N''guajares, los | los guajares''
    WHERE [IneCode] = ''18906'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pinar'', [SearchName] = N''pinar, el | el pinar''
    WHERE [IneCode] = ''18910'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Bodera'', [SearchName] = N''bodera, la | la bodera''
    WHERE [IneCode] = ''19052'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Cardoso de la Sierra'', [SearchName] = N''cardoso de la sierra, el | el cardoso de la sierra''
    WHERE [IneCode] = ''19067'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Casar'', [SearchName] = N''casar, el | el casar''
    WHERE [IneCode] = ''19071'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Cubillo de Uceda'', [SearchName] = N''cubillo de uceda, el | el cubillo de uceda''
    WHERE [IneCode] = ''19102'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Huerce'', [SearchName] = N''huerce, la | la huerce''
    WHERE [IneCode] = ''19146'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Inviernas'', [SearchName] = N''inviernas, las | las inviernas''
    WHERE [IneCode] = ''19154'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Mierla'', [SearchName] = N''mierla, la | la mierla''
    WHERE [IneCode] = ''19182'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Miñosa'', [SearchName] = N''minosa, la | la minosa''
    WHERE [IneCode] = ''19185'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Navas de Jadraque'', [SearchName] = N''navas de jadraque, las | las navas de jadraque''
    WHERE [IneCode] = ''19197'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Olivar'', [SearchName] = N''olivar, el | el olivar''
    WHERE [IneCode] = ''19200'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Olmeda de Jadraque'', [SearchName] = N''olmeda de jadraque, la | la olmeda de jadraque''
    WHERE [IneCode] = ''19202'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Ordial'', [SearchName] = N''ordial, el | el ordial''
    WHERE [IneCode] = ''19203'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pedregal'', [SearchName] = N''pedregal, el | el pedregal''
    WHERE [IneCode] = ''19213'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pobo de Dueñas'', [SearchName] = N''pobo de duenas, el | el pobo de duenas''
    WHERE [IneCode] = ''19222'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Recuenco'', [SearchName] = N''recuenco, el | el recuenco''
    WHERE [IneCode] = ''19232'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Sotillo'', [SearchName] = N''sotillo, el | el sotillo''
    WHERE [IneCode] = ''19260'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Toba'', [SearchName] = N''toba, la | la toba''
    WHERE [IneCode] = ''19269'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Yunta'', [SearchName] = N''yunta, la | la yunta''
    WHERE [IneCode] = ''19332'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Almendro'', [SearchName] = N''almendro, el | el almendro''
    WHERE [IneCode] = ''21003'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Campillo'', [SearchName] = N''campillo, el | el campillo''
    WHERE [IneCode] = ''21018'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Cerro de Andévalo'', [SearchName] = N''cerro de andevalo, el | el cerro de andevalo''
    WHERE [IneCode] = ''21023'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Granada de Río-Tinto'', [SearchName] = N''granada de rio-tinto, la | la granada de rio-tinto''
    WHERE [IneCode] = ''21036'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Granado'', [SearchName] = N''granado, el | el granado''
    WHERE [IneCode] = ''21037'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Marines'', [SearchName] = N''marines, los | los marines''
    WHERE [IneCode] = ''21048'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Nava'', [SearchName] = N''nava, la | la nava''
    WHERE [IneCode] = ''21051'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Palma del Condado'', [SearchName] = N''palma del condado, la | la palma del condado''
    WHERE [IneCode] = ''21054'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Zarza-Perrunal'', [SearchName] = N''zarza-perrunal, la | la zarza-perrunal''
    WHERE [IneCode] = ''21902'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Fueva'', [SearchName] = N''fueva, la | la fueva''
    WHERE [IneCode] = ''22113'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Grado'', [SearchName] = N''grado, el | el grado''
    WHERE [IneCode] = ''22115'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Peñas de Riglos'', [SearchName] = N''penas de riglos, las | las penas de riglos''
    WHERE [IneCode] = ''22173'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Puebla de Castro'', [SearchName] = N''puebla de castro, la | la puebla de castro''
    WHERE [IneCode] = ''22187'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pueyo de Araguás'', [SearchName] = N''pueyo de araguas, el | el pueyo de araguas''
    WHERE [IneCode] = ''22190'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Sotonera'', [SearchName] = N''sotonera, la | la sotonera''
    WHERE [IneCode] = ''22904'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Carolina'', [SearchName] = N''carolina, la | la carolina''
    WHERE [IneCode] = ''23024'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Guardia de Jaén'', [SearchName] = N''guardia de jaen, la | la guardia de jaen''
    WHERE [IneCode] = ''23038'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Iruela'', [SearchName] = N''iruela, la | la iruela''
    WHERE [IneCode] = ''23047'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Puerta de Segura'', [SearchName] = N''puerta de segura, la | la puerta de segura''
    WHERE [IneCode] = ''23072'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Villares'', [SearchName] = N''villares, los | los villares''
    WHERE [IneCode] = ''23099'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Antigua'', [SearchName] = N''antigua, la | la antigua''
    WHERE [IneCode] = ''24005'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Bañeza'', [SearchName] = N''baneza, la | la baneza''
    WHERE [IneCode] = ''24010'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Barrios de Luna'', [SearchName] = N''barrios de luna, los | los barrios de luna''
    WHERE [IneCode] = ''24012'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Burgo Ranero'', [SearchName] = N''burgo ranero, el | el burgo ranero''
    WHERE [IneCode] = ''24024'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Ercina'', [SearchName] = N''ercina, la | la ercina''
    WHERE [IneCode] = ''24068'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Omañas'', [SearchName] = N''omanas, las | las omanas''
    WHERE [IneCode] = ''24104'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pola de Gordón'', [SearchName] = N''pola de gordon, la | la pola de gordon''
    WHERE [IneCode] = ''24114'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Robla'', [SearchName] = N''robla, la | la robla''
    WHERE [IneCode] = ''24134'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vecilla'', [SearchName] = N''vecilla, la | la vecilla''
    WHERE [IneCode] = ''24193'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Els Alamús'', [SearchName] = N''alamus, els | els alamus''
    WHERE [IneCode] = ''25004'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Albagés'', [SearchName] = N''albages, l'''' | l''''albages''
    WHERE [IneCode] = ''25006'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Albi'', [SearchName] = N''albi, l'''' | l''''albi''
    WHERE [IneCode] = ''25009'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pont de Bar'', [SearchName] = N''pont de bar, el | el pont de bar''
    WHERE [IneCode] = ''25030'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Sentiu de Sió'', [SearchName] = N''sentiu de sio, la | la sentiu de sio''
    WHERE [IneCode] = ''25035'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Avellanes i Santa Linya'', [SearchName] = N''avellanes i santa linya, les | les avellanes i santa linya''
    WHERE [IneCode] = ''25037'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Baronia de Rialb'', [SearchName] = N''baronia de rialb, la | la baronia de rialb''
    WHERE [IneCode] = ''25042'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vall de Boí'', [SearchName] = N''vall de boi, la | la vall de boi''
    WHERE [IneCode] = ''25043'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Es Bòrdes'', [SearchName] = N''bordes, es | es bordes''
    WHERE [IneCode] = ''25057'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Borges Blanques'', [SearchName] = N''borges blanques, les | les borges blanques''
    WHERE [IneCode] = ''25058'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Cogul'', [SearchName] = N''cogul, el | el cogul''
    WHERE [IneCode] = ''25076'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Espluga Calba'', [SearchName] = N''espluga calba, l'''' | l''''espluga calba''
    WHERE [IneCode] = ''25081'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Floresta'', [SearchName] = N''floresta, la | la floresta''
    WHERE [IneCode] = ''25092'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Fuliola'', [SearchName] = N''fuliola, la | la fuliola''
    WHERE [IneCode] = ''25096'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Granadella'', [SearchName] = N''granadella, la | la granadella''
    WHERE [IneCode] = ''25101'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Granja d''''Escarp'', [SearchName] = N''granja d''''escarp, la | la granja d''''escarp''
    WHERE [IneCode] = ''25102'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Molsosa'', [SearchName] = N''molsosa, la | la molsosa''
    WHERE [IneCode] = ''25136'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Oluges'', [SearchName] = N''oluges, les | les oluges''
    WHERE [IneCode] = ''25152'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Els Omellons'', [SearchName] = N''omellons, els | els omellons''
    WHERE [IneCode] = ''25153'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Els Omells de na Gaia'', [SearchName] = N''omells de na gaia, els | els omells de na gaia''
    WHERE [IneCode] = ''25154'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Palau d''''Anglesola'', [SearchName] = N''palau d''''anglesola, el | el palau d''''anglesola''
    WHERE [IneCode] = ''25158'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Coma i la Pedra'', [SearchName] = N''coma i la pedra, la | la coma i la pedra''
    WHERE [IneCode] = ''25163'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Poal'', [SearchName] = N''poal, el | el poal''
    WHERE [IneCode] = ''25168'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla de Cérvoles'', [SearchName] = N''pobla de cervoles, la | la pobla de cervoles''
    WHERE [IneCode] = ''25169'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla de Segur'', [SearchName] = N''pobla de segur, la | la pobla de segur''
    WHERE [IneCode] = ''25171'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pont de Suert'', [SearchName] = N''pont de suert, el | el pont de suert''
    WHERE [IneCode] = ''25173'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Portella'', [SearchName] = N''portella, la | la portella''
    WHERE [IneCode] = ''25174'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Seu d''''Urgell'', [SearchName] = N''seu d''''urgell, la | la seu d''''urgell''
    WHERE [IneCode] = ''25203'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Soleràs'', [SearchName] = N''soleras, el | el soleras''
    WHERE [IneCode] = ''25206'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Els Torms'', [SearchName] = N''torms, els | els torms''
    WHERE [IneCode] = ''25224'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Torre de Cabdella'', [SearchName] = N''torre de cabdella, la | la torre de cabdella''
    WHERE [IneCode] = ''25227'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Valls de Valira'', [SearchName] = N''valls de valira, les | les valls de valira''
    WHERE [IneCode] = ''25239'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Vilosell'', [SearchName] = N''vilosell, el | el vilosell''
    WHERE [IneCode] = ''25253'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Guingueta d''''Àneu'', [SearchName] = N''guingueta d''''aneu, la | la guingueta d''''aneu''
    WHERE [IneCode] = ''25903'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Valls d''''Aguilar'', [SearchName] = N''valls d''''aguilar, les | les valls d''''aguilar''
    WHERE [IneCode] = ''25906'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vansa i Fórnols'', [SearchName] = N''vansa i fornols, la | la vansa i fornols''
    WHERE [IneCode] = ''25909'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Els Plans de Sió'', [SearchName] = N''plans de sio, els | els plans de sio''
    WHERE [IneCode] = ''25911'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Rasillo de Cameros'', [SearchName] = N''rasillo de cameros, el | el rasillo de cameros''
    WHERE [IneCode] = ''26122'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Redal'', [SearchName] = N''redal, el | el redal''
    WHERE [IneCode] = ''26123'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Villar de Arnedo'', [SearchName] = N''villar de arnedo, el | el villar de arnedo''
    WHERE [IneCode] = ''26170'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Corgo'', [SearchName] = N''corgo, o | o corgo''
    WHERE [IneCode] = ''27014'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Fonsagrada'', [SearchName] = N''fonsagrada, a | a fonsagrada''
    WHERE [IneCode] = ''27018'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Incio'', [SearchName] = N''incio, o | o incio''
    WHERE [IneCode] = ''27024'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''As Nogais'', [SearchName] = N''nogais, as | as nogais''
    WHERE [IneCode] = ''27037'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Páramo'', [SearchName] = N''paramo, o | o paramo''
    WHERE [IneCode] = ''27043'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Pastoriza'', [SearchName] = N''pastoriza, a | a pastoriza''
    WHERE [IneCode] = ''27044'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Pobra do Brollón'', [SearchName] = N''pobra do brollon, a | a pobra do brollon''
    WHERE [IneCode] = ''27047'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Pontenova'', [SearchName] = N''pontenova, a | a pontenova''
    WHERE [IneCode] = ''27048'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Saviñao'', [SearchName] = N''savinao, o | o savinao''
    WHERE [IneCode] = ''27058'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Valadouro'', [SearchName] = N''valadouro, o | o valadouro''
    WHERE [IneCode] = ''27063'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Vicedo'', [SearchName] = N''vicedo, o | o vicedo''
    WHERE [IneCode] = ''27064'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Acebeda'', [SearchName] = N''acebeda, la | la acebeda''
    WHERE [IneCode] = ''28001'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Álamo'', [SearchName] = N''alamo, el | el alamo''
    WHERE [IneCode] = ''28004'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Atazar'', [SearchName] = N''atazar, el | el atazar''
    WHERE [IneCode] = ''28016'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Berrueco'', [SearchName] = N''berrueco, el | el berrueco''
    WHERE [IneCode] = ''28021'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Boalo'', [SearchName] = N''boalo, el | el boalo''
    WHERE [IneCode] = ''28023'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Cabrera'', [SearchName] = N''cabrera, la | la cabrera''
    WHERE [IneCode] = ''28030'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Escorial'', [SearchName] = N''escorial, el | el escorial''
    WHERE [IneCode] = ''28054'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Hiruela'', [SearchName] = N''hiruela, la | la hiruela''
    WHERE [IneCode] = ''28069'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Molar'', [SearchName] = N''molar, el | el molar''
    WHERE [IneCode] = ''28086'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Molinos'', [SearchName] = N''molinos, los | los molinos''
    WHERE [IneCode] = ''28087'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Rozas de Madrid'', [SearchName] = N''rozas de madrid, las | las rozas de madrid''
    WHERE [IneCode] = ''28127'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Santos de la Humosa'', [SearchName] = N''santos de la humosa, los | los santos de la humosa''
    WHERE [IneCode] = ''28137'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Serna del Monte'', [SearchName] = N''serna del monte, la | la serna del monte''
    WHERE [IneCode] = ''28138'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Vellón'', [SearchName] = N''vellon, el | el vellon''
    WHERE [IneCode] = ''28168'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Borge'', [SearchName] = N''borge, el | el borge''
    WHERE [IneCode] = ''29030'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Burgo'', [SearchName] = N''burgo, el | el burgo''
    WHERE [IneCode] = ''29031'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Torres de Cotillas'', [SearchName] = N''torres de cotillas, las | las torres de cotillas''
    WHERE [IneCode] = ''30038'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Unión'', [SearchName] = N''union, la | la union''
    WHERE [IneCode] = ''30041'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Alcázares'', [SearchName] = N''alcazares, los | los alcazares''
    WHERE [IneCode] = ''30902'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Arcos'', [SearchName] = N''arcos, los | los arcos''
    WHERE [IneCode] = ''31029'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Busto'', [SearchName] = N''busto, el | el busto''
    WHERE [IneCode] = ''31061'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Arnoia'', [SearchName] = N''arnoia, a | a arnoia''
    WHERE [IneCode] = ''32003'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Barco de Valdeorras'', [SearchName] = N''barco de valdeorras, o | o barco de valdeorras''
    WHERE [IneCode] = ''32009'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Os Blancos'', [SearchName] = N''blancos, os | os blancos''
    WHERE [IneCode] = ''32012'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Bola'', [SearchName] = N''bola, a | a bola''
    WHERE [IneCode] = ''32014'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Bolo'', [SearchName] = N''bolo, o | o bolo''
    WHERE [IneCode] = ''32015'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Carballiño'', [SearchName] = N''carballino, o | o carballino''
    WHERE [IneCode] = ''32019'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Gudiña'', [SearchName] = N''gudina, a | a gudina''
    WHERE [IneCode] = ''32034'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Irixo'', [SearchName] = N''irixo, o | o irixo''
    WHERE [IneCode] = ''32035'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Merca'', [SearchName] = N''merca, a | a merca''
    WHERE [IneCode] = ''32047'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Mezquita'', [SearchName] = N''mezquita, a | a mezquita''
    WHERE [IneCode] = ''32048'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Pereiro de Aguiar'', [SearchName] = N''pereiro de aguiar, o | o pereiro de aguiar''
    WHERE [IneCode] = ''32058'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Peroxa'', [SearchName] = N''peroxa, a | a peroxa''
    WHERE [IneCode] = ''32059'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Pobra de Trives'', [SearchName] = N''pobra de trives, a | a pobra de trives''
    WHERE [IneCode] = ''32063'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Rúa'', [SearchName] = N''rua, a | a rua''
    WHERE [IneCode] = ''32072'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Teixeira'', [SearchName] = N''teixeira, a | a teixeira''
    WHERE [IneCode] = ''32080'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Veiga'', [SearchName] = N''veiga, a | a veiga''
    WHERE [IneCode] = ''32083'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Franco'', [SearchName] = N''franco, el | el franco''
    WHERE [IneCode] = ''33023'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Regueras'', [SearchName] = N''regueras, las | las regueras''
    WHERE [IneCode] = ''33054'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vid de Ojeda'', [SearchName] = N''vid de ojeda, la | la vid de ojeda''
    WHERE [IneCode] = ''34093'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Puebla de Valdavia'', [SearchName] = N''puebla de valdavia, la | la puebla de valdavia''
    WHERE [IneCode] = ''34140'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Serna'', [SearchName] = N''serna, la | la serna''
    WHERE [IneCode] = ''34175'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pernía'', [SearchName] = N''pernia, la | la pernia''
    WHERE [IneCode] = ''34904'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Oliva'', [SearchName] = N''oliva, la | la oliva''
    WHERE [IneCode] = ''35014'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Palmas de Gran Canaria'', [SearchName] = N''palmas de gran canaria, las | las palmas de gran canaria''
    WHERE [IneCode] = ''35016'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Aldea de San Nicolás'', [SearchName] = N''aldea de san nicolas, la | la aldea de san nicolas''
    WHERE [IneCode] = ''35020'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Cañiza'', [SearchName] = N''caniza, a | a caniza''
    WHERE [IneCode] = ''36009'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Estrada'', [SearchName] = N''estrada, a | a estrada''
    WHERE [IneCode] = ''36017'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Grove'', [SearchName] = N''grove, o | o grove''
    WHERE [IneCode] = ''36022'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Guarda'', [SearchName] = N''guarda, a | a guarda''
    WHERE [IneCode] = ''36023'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Lama'', [SearchName] = N''lama, a | a lama''
    WHERE [IneCode] = ''36025'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''As Neves'', [SearchName] = N''neves, as | as neves''
    WHERE [IneCode] = ''36034'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Porriño'', [SearchName] = N''porrino, o | o porrino''
    WHERE [IneCode] = ''36039'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''O Rosal'', [SearchName] = N''rosal, o | o rosal''
    WHERE [IneCode] = ''36048'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''A Illa de Arousa'', [SearchName] = N''illa de arousa, a | a illa de arousa''
    WHERE [IneCode] = ''36901'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Alameda de Gardón'', [SearchName] = N''alameda de gardon, la | la alameda de gardon''
    WHERE [IneCode] = ''37005'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Alamedilla'', [SearchName] = N''alamedilla, la | la alamedilla''
    WHERE [IneCode] = ''37006'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Alberca'', [SearchName] = N''alberca, la | la alberca''
    WHERE [IneCode] = ''37010'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Alberguería de Argañán'', [SearchName] = N''albergueria de arganan, la | la albergueria de arganan''
    WHERE [IneCode] = ''37011'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Arco'', [SearchName] = N''arco, el | el arco''
    WHERE [IneCode] = ''37034'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Atalaya'', [SearchName] = N''atalaya, la | la atalaya''
    WHERE [IneCode] = ''37037'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Bastida'', [SearchName] = N''bastida, la | la bastida''
    WHERE [IneCode] = ''37045'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Bodón'', [SearchName] = N''bodon, el | el bodon''
    WHERE [IneCode] = ''37054'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Bouza'', [SearchName] = N''bouza, la | la bouza''
    WHERE [IneCode] = ''37056'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Cabaco'', [SearchName] = N''cabaco, el | el cabaco''
    WHERE [IneCode] = ''37061'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Cabeza de Béjar'', [SearchName] = N''cabeza de bejar, la | la cabeza de bejar''
    WHERE [IneCode] = ''37063'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Calzada de Béjar'', [SearchName] = N''calzada de bejar, la | la calzada de bejar''
    WHERE [IneCode] = ''37071'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Campo de Peñaranda'', [SearchName] = N''campo de penaranda, el | el campo de penaranda''
    WHERE [IneCode] = ''37077'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Casas del Conde'', [SearchName] = N''casas del conde, las | las casas del conde''
    WHERE [IneCode] = ''37090'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Cerro'', [SearchName] = N''cerro, el | el cerro''
    WHERE [IneCode] = ''37102'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Cubo de Don Sancho'', [SearchName] = N''cubo de don sancho, el | el cubo de don sancho''
    WHERE [IneCode] = ''37113'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Encina'', [SearchName] = N''encina, la | la encina''
    WHERE [IneCode] = ''37119'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Fregeneda'', [SearchName] = N''fregeneda, la | la fregeneda''
    WHERE [IneCode] = ''37132'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Fuente de San Esteban'', [SearchName] = N''fuente de san esteban, la | la fuente de san esteban''
    WHERE [IneCode] = ''37135'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Hoya'', [SearchName] = N''hoya, la | la hoya''
    WHERE [IneCode] = ''37163'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Maíllo'', [SearchName] = N''maillo, el | el maillo''
    WHERE [IneCode] = ''37177'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Manzano'', [SearchName] = N''manzano, el | el manzano''
    WHERE [IneCode] = ''37180'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Mata de Ledesma'', [SearchName] = N''mata de ledesma, la | la mata de ledesma''
    WHERE [IneCode] = ''37186'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Maya'', [SearchName] = N''maya, la | la maya''
    WHERE [IneCode] = ''37188'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Milano'', [SearchName] = N''milano, el | el milano''
    WHERE [IneCode] = ''37191'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Orbada'', [SearchName] = N''orbada, la | la orbada''
    WHERE [IneCode] = ''37224'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Payo'', [SearchName] = N''payo, el | el payo''
    WHERE [IneCode] = ''37234'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pedroso de la Armuña'', [SearchName] = N''pedroso de la armuna, el | el pedroso de la armuna''
    WHERE [IneCode] = ''37239'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Peña'', [SearchName] = N''pena, la | la pena''
    WHERE [IneCode] = ''37243'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pino de Tormes'', [SearchName] = N''pino de tormes, el | el pino de tormes''
    WHERE [IneCode] = ''37253'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Redonda'', [SearchName] = N''redonda, la | la redonda''
    WHERE [IneCode] = ''37266'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Rinconada de la Sierra'', [SearchName] = N''rinconada de la sierra, la | la rinconada de la sierra''
    WHERE [IneCode] = ''37268'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Sagrada'', [SearchName] = N''sagrada, la | la sagrada''
    WHERE [IneCode] = ''37273'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Santos'', [SearchName] = N''santos, los | los santos''
    WHERE [IneCode] = ''37300'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Sahugo'', [SearchName] = N''sahugo, el | el sahugo''
    WHERE [IneCode] = ''37303'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Sierpe'', [SearchName] = N''sierpe, la | la sierpe''
    WHERE [IneCode] = ''37309'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Tala'', [SearchName] = N''tala, la | la tala''
    WHERE [IneCode] = ''37315'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Tejado'', [SearchName] = N''tejado, el | el tejado''
    WHERE [IneCode] = ''37319'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Tornadizo'', [SearchName] = N''tornadizo, el | el tornadizo''
    WHERE [IneCode] = ''37325'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Veguillas'', [SearchName] = N''veguillas, las | las veguillas''
    WHERE [IneCode] = ''37346'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vellés'', [SearchName] = N''velles, la | la velles''
    WHERE [IneCode] = ''37347'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vídola'', [SearchName] = N''vidola, la | la vidola''
    WHERE [IneCode] = ''37349'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Zarza de Pumareda'', [SearchName] = N''zarza de pumareda, la | la zarza de pumareda''
    WHERE [IneCode] = ''37381'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Guancha'', [SearchName] = N''guancha, la | la guancha''
    WHERE [IneCode] = ''38018'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Llanos de Aridane'', [SearchName] = N''llanos de aridane, los | los llanos de aridane''
    WHERE [IneCode] = ''38024'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Matanza de Acentejo'', [SearchName] = N''matanza de acentejo, la | la matanza de acentejo''
    WHERE [IneCode] = ''38025'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Orotava'', [SearchName] = N''orotava, la | la orotava''
    WHERE [IneCode] = ''38026'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Paso'', [SearchName] = N''paso, el | el paso''
    WHERE [IneCode] = ''38027'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Realejos'', [SearchName] = N''realejos, los | los realejos''
    WHERE [IneCode] = ''38031'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Rosario'', [SearchName] = N''rosario, el | el rosario''
    WHERE [IneCode] = ''38032'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Sauzal'', [SearchName] = N''sauzal, el | el sauzal''
    WHERE [IneCode] = ''38041'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Silos'', [SearchName] = N''silos, los | los silos''
    WHERE [IneCode] = ''38042'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Tanque'', [SearchName] = N''tanque, el | el tanque''
    WHERE [IneCode] = ''38044'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Victoria de Acentejo'', [SearchName] = N''victoria de acentejo, la | la victoria de acentejo''
    WHERE [IneCode] = ''38051'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pinar de El Hierro'', [SearchName] = N''pinar de el hierro, el | el pinar de el hierro''
    WHERE [IneCode] = ''38901'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Astillero'', [SearchName] = N''astillero, el | el astillero''
    WHERE [IneCode] = ''39008'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Corrales de Buelna'', [SearchName] = N''corrales de buelna, los | los corrales de buelna''
    WHERE [IneCode] = ''39025'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Rozas de Valdearroyo'', [SearchName] = N''rozas de valdearroyo, las | las rozas de valdearroyo''
    WHERE [IneCode] = ''39065'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Tojos'', [SearchName] = N''tojos, los | los tojos''
    WHERE [IneCode] = ''39086'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Espinar'', [SearchName] = N''espinar, el | el espinar''
    WHERE [IneCode] = ''40076'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Huertos'', [SearchName] = N''huertos, los | los huertos''
    WHERE [IneCode] = ''40103'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Lastrilla'', [SearchName] = N''lastrilla, la | la lastrilla''
    WHERE [IneCode] = ''40112'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Losa'', [SearchName] = N''losa, la | la losa''
    WHERE [IneCode] = ''40113'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Matilla'', [SearchName] = N''matilla, la | la matilla''
    WHERE [IneCode] = ''40125'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Algaba'', [SearchName] = N''algaba, la | la algaba''
    WHERE [IneCode] = ''41007'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Cabezas de San Juan'', [SearchName] = N''cabezas de san juan, las | las cabezas de san juan''
    WHERE [IneCode] = ''41020'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Campana'', [SearchName] = N''campana, la | la campana''
    WHERE [IneCode] = ''41022'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Castillo de las Guardas'', [SearchName] = N''castillo de las guardas, el | el castillo de las guardas''
    WHERE [IneCode] = ''41031'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Coronil'', [SearchName] = N''coronil, el | el coronil''
    WHERE [IneCode] = ''41036'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Corrales'', [SearchName] = N''corrales, los | los corrales''
    WHERE [IneCode] = ''41037'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Garrobo'', [SearchName] = N''garrobo, el | el garrobo''
    WHERE [IneCode] = ''41043'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Luisiana'', [SearchName] = N''luisiana, la | la luisiana''
    WHERE [IneCode] = ''41056'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Madroño'', [SearchName] = N''madrono, el | el madrono''
    WHERE [IneCode] = ''41057'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Molares'', [SearchName] = N''molares, los | los molares''
    WHERE [IneCode] = ''41063'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Navas de la Concepción'', [SearchName] = N''navas de la concepcion, las | las navas de la concepcion''
    WHERE [IneCode] = ''41066'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Palacios y Villafranca'', [SearchName] = N''palacios y villafranca, los | los palacios y villafranca''
    WHERE [IneCode] = ''41069'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pedroso'', [SearchName] = N''pedroso, el | el pedroso''
    WHERE [IneCode] = ''41073'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Puebla de Cazalla'', [SearchName] = N''puebla de cazalla, la | la puebla de cazalla''
    WHERE [IneCode] = ''41077'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Puebla de los Infantes'', [SearchName] = N''puebla de los infantes, la | la puebla de los infantes''
    WHERE [IneCode] = ''41078'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Puebla del Río'', [SearchName] = N''puebla del rio, la | la puebla del rio''
    WHERE [IneCode] = ''41079'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Real de la Jara'', [SearchName] = N''real de la jara, el | el real de la jara''
    WHERE [IneCode] = ''41080'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Rinconada'', [SearchName] = N''rinconada, la | la rinconada''
    WHERE [IneCode] = ''41081'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Roda de Andalucía'', [SearchName] = N''roda de andalucia, la | la roda de andalucia''
    WHERE [IneCode] = ''41082'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Ronquillo'', [SearchName] = N''ronquillo, el | el ronquillo''
    WHERE [IneCode] = ''41083'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Rubio'', [SearchName] = N''rubio, el | el rubio''
    WHERE [IneCode] = ''41084'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Saucejo'', [SearchName] = N''saucejo, el | el saucejo''
    WHERE [IneCode] = ''41090'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Viso del Alcor'', [SearchName] = N''viso del alcor, el | el viso del alcor''
    WHERE [IneCode] = ''41102'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Cuervo de Sevilla'', [SearchName] = N''cuervo de sevilla, el | el cuervo de sevilla''
    WHERE [IneCode] = ''41903'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Palmar de Troya'', [SearchName] = N''palmar de troya, el | el palmar de troya''
    WHERE [IneCode] = ''41904'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Aldehuelas'', [SearchName] = N''aldehuelas, las | las aldehuelas''
    WHERE [IneCode] = ''42014'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Losilla'', [SearchName] = N''losilla, la | la losilla''
    WHERE [IneCode] = ''42106'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Póveda de Soria'', [SearchName] = N''poveda de soria, la | la poveda de soria''
    WHERE [IneCode] = ''42141'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Rábanos'', [SearchName] = N''rabanos, los | los rabanos''
    WHERE [IneCode] = ''42149'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Riba de Escalote'', [SearchName] = N''riba de escalote, la | la riba de escalote''
    WHERE [IneCode] = ''42157'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Royo'', [SearchName] = N''royo, el | el royo''
    WHERE [IneCode] = ''42160'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Villares de Soria'', [SearchName] = N''villares de soria, los | los villares de soria''
    WHERE [IneCode] = ''42211'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Albiol'', [SearchName] = N''albiol, l'''' | l''''albiol''
    WHERE [IneCode] = ''43003'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Aleixar'', [SearchName] = N''aleixar, l'''' | l''''aleixar''
    WHERE [IneCode] = ''43007'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Ametlla de Mar'', [SearchName] = N''ametlla de mar, l'''' | l''''ametlla de mar''
    WHERE [IneCode] = ''43013'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Arboç'', [SearchName] = N''arboc, l'''' | l''''arboc''
    WHERE [IneCode] = ''43016'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Argentera'', [SearchName] = N''argentera, l'''' | l''''argentera''
    WHERE [IneCode] = ''43017'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Bisbal de Falset'', [SearchName] = N''bisbal de falset, la | la bisbal de falset''
    WHERE [IneCode] = ''43027'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Bisbal del Penedès'', [SearchName] = N''bisbal del penedes, la | la bisbal del penedes''
    WHERE [IneCode] = ''43028'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Borges del Camp'', [SearchName] = N''borges del camp, les | les borges del camp''
    WHERE [IneCode] = ''43031'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Catllar'', [SearchName] = N''catllar, el | el catllar''
    WHERE [IneCode] = ''43043'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Sénia'', [SearchName] = N''senia, la | la senia''
    WHERE [IneCode] = ''43044'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Espluga de Francolí'', [SearchName] = N''espluga de francoli, l'''' | l''''espluga de francoli''
    WHERE [IneCode] = ''43054'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Fatarella'', [SearchName] = N''fatarella, la | la fatarella''
    WHERE [IneCode] = ''43056'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Febró'', [SearchName] = N''febro, la | la febro''
    WHERE [IneCode] = ''43057'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Figuera'', [SearchName] = N''figuera, la | la figuera''
    WHERE [IneCode] = ''43058'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Galera'', [SearchName] = N''galera, la | la galera''
    WHERE [IneCode] = ''43063'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Els Garidells'', [SearchName] = N''garidells, els | els garidells''
    WHERE [IneCode] = ''43066'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Els Guiamets'', [SearchName] = N''guiamets, els | els guiamets''
    WHERE [IneCode] = ''43070'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Lloar'', [SearchName] = N''lloar, el | el lloar''
    WHERE [IneCode] = ''43072'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Masó'', [SearchName] = N''maso, la | la maso''
    WHERE [IneCode] = ''43080'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Masroig'', [SearchName] = N''masroig, el | el masroig''
    WHERE [IneCode] = ''43082'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Milà'', [SearchName] = N''mila, el | el mila''
    WHERE [IneCode] = ''43083'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Molar'', [SearchName] = N''molar, el | el molar''
    WHERE [IneCode] = ''43085'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Montmell'', [SearchName] = N''montmell, el | el montmell''
    WHERE [IneCode] = ''43090'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Morell'', [SearchName] = N''morell, el | el morell''
    WHERE [IneCode] = ''43095'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Morera de Montsant'', [SearchName] = N''morera de montsant, la | la morera de montsant''
    WHERE [IneCode] = ''43096'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Nou de Gaià'', [SearchName] = N''nou de gaia, la | la nou de gaia''
    WHERE [IneCode] = ''43097'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Palma d''''Ebre'', [SearchName] = N''palma d''''ebre, la | la palma d''''ebre''
    WHERE [IneCode] = ''43099'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Els Pallaresos'', [SearchName] = N''pallaresos, els | els pallaresos''
    WHERE [IneCode] = ''43100'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Perelló'', [SearchName] = N''perello, el | el perello''
    WHERE [IneCode] = ''43104'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Les Piles'', [SearchName] = N''piles, les | les piles''
    WHERE [IneCode] = ''43105'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pinell de Brai'', [SearchName] = N''pinell de brai, el | el pinell de brai''
    WHERE [IneCode] = ''43106'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pla de Santa Maria'', [SearchName] = N''pla de santa maria, el | el pla de santa maria''
    WHERE [IneCode] = ''43108'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla de Mafumet'', [SearchName] = N''pobla de mafumet, la | la pobla de mafumet''
    WHERE [IneCode] = ''43109'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla de Massaluca'', [SearchName] = N''pobla de massaluca, la | la pobla de massaluca''
    WHERE [IneCode] = ''43110'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla de Montornès'', [SearchName] = N''pobla de montornes, la | la pobla de montornes''
    WHERE [IneCode] = ''43111'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pont d''''Armentera'', [SearchName] = N''pont d''''armentera, el | el pont d''''armentera''
    WHERE [IneCode] = ''43113'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Riba'', [SearchName] = N''riba, la | la riba''
    WHERE [IneCode] = ''43124'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Riera de Gaià'', [SearchName] = N''riera de gaia, la | la riera de gaia''
    WHERE [IneCode] = ''43126'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Rourell'', [SearchName] = N''rourell, el | el rourell''
    WHERE [IneCode] = ''43134'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Secuita'', [SearchName] = N''secuita, la | la secuita''
    WHERE [IneCode] = ''43144'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Selva del Camp'', [SearchName] = N''selva del camp, la | la selva del camp''
    WHERE [IneCode] = ''43145'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Torre de Fontaubella'', [SearchName] = N''torre de fontaubella, la | la torre de fontaubella''
    WHERE [IneCode] = ''43151'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Torre de l''''Espanyol'', [SearchName] = N''torre de l''''espanyol, la | la torre de l''''espanyol''
    WHERE [IneCode] = ''43152'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Vendrell'', [SearchName] = N''vendrell, el | el vendrell''
    WHERE [IneCode] = ''43163'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vilella Alta'', [SearchName] = N''vilella alta, la | la vilella alta''
    WHERE [IneCode] = ''43173'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vilella Baixa'', [SearchName] = N''vilella baixa, la | la vilella baixa''
    WHERE [IneCode] = ''43174'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Aldea'', [SearchName] = N''aldea, l'''' | l''''aldea''
    WHERE [IneCode] = ''43904'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Ampolla'', [SearchName] = N''ampolla, l'''' | l''''ampolla''
    WHERE [IneCode] = ''43906'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Canonja'', [SearchName] = N''canonja, la | la canonja''
    WHERE [IneCode] = ''43907'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Cañada de Verich'', [SearchName] = N''canada de verich, la | la canada de verich''
    WHERE [IneCode] = ''44061'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Castellar'', [SearchName] = N''castellar, el | el castellar''
    WHERE [IneCode] = ''44070'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Cerollera'', [SearchName] = N''cerollera, la | la cerollera''
    WHERE [IneCode] = ''44077'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Codoñera'', [SearchName] = N''codonera, la | la codonera''
    WHERE [IneCode] = ''44080'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Cuba'', [SearchName] = N''cuba, la | la cuba''
    WHERE [IneCode] = ''44088'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Cuervo'', [SearchName] = N''cuervo, el | el cuervo''
    WHERE [IneCode] = ''44092'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Fresneda'', [SearchName] = N''fresneda, la | la fresneda''
    WHERE [IneCode] = ''44108'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Ginebrosa'', [SearchName] = N''ginebrosa, la | la ginebrosa''
    WHERE [IneCode] = ''44118'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Hoz de la Vieja'', [SearchName] = N''hoz de la vieja, la | la hoz de la vieja''
    WHERE [IneCode] = ''44124'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Iglesuela del Cid'', [SearchName] = N''iglesuela del cid, la | la iglesuela del cid''
    WHERE [IneCode] = ''44126'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Mata de los Olmos'', [SearchName] = N''mata de los olmos, la | la mata de los olmos''
    WHERE [IneCode] = ''44146'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Olmos'', [SearchName] = N''olmos, los | los olmos''
    WHERE [IneCode] = ''44173'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Parras de Castellote'', [SearchName] = N''parras de castellote, las | las parras de castellote''
    WHERE [IneCode] = ''44178'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pobo'', [SearchName] = N''pobo, el | el pobo''
    WHERE [IneCode] = ''44185'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Portellada'', [SearchName] = N''portellada, la | la portellada''
    WHERE [IneCode] = ''44187'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Puebla de Híjar'', [SearchName] = N''puebla de hijar, la | la puebla de hijar''
    WHERE [IneCode] = ''44191'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Puebla de Valverde'', [SearchName] = N''puebla de valverde, la | la puebla de valverde''
    WHERE [IneCode] = ''44192'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Vallecillo'', [SearchName] = N''vallecillo, el | el vallecillo''
    WHERE [IneCode] = ''44249'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Zoma'', [SearchName] = N''zoma, la | la zoma''
    WHERE [IneCode] = ''44268'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Campillo de la Jara'', [SearchName] = N''campillo de la jara, el | el campillo de la jara''
    WHERE [IneCode] = ''45033'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Carpio de Tajo'', [SearchName] = N''carpio de tajo, el | el carpio de tajo''
    WHERE [IneCode] = ''45037'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Casar de Escalona'', [SearchName] = N''casar de escalona, el | el casar de escalona''
    WHERE [IneCode] = ''45040'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Cerralbos'', [SearchName] = N''cerralbos, los | los cerralbos''
    WHERE [IneCode] = ''45048'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Estrella'', [SearchName] = N''estrella, la | la estrella''
    WHERE [IneCode] = ''45065'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Guardia'', [SearchName] = N''guardia, la | la guardia''
    WHERE [IneCode] = ''45071'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Herencias'', [SearchName] = N''herencias, las | las herencias''
    WHERE [IneCode] = ''45072'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Iglesuela del Tiétar'', [SearchName] = N''iglesuela del tietar, la | la iglesuela del tietar''
    WHERE [IneCode] = ''45079'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Mata'', [SearchName] = N''mata, la | la mata''
    WHERE [IneCode] = ''45095'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Nava de Ricomalillo'', [SearchName] = N''nava de ricomalillo, la | la nava de ricomalillo''
    WHERE [IneCode] = ''45108'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Navalmorales'', [SearchName] = N''navalmorales, los | los navalmorales''
    WHERE [IneCode] = ''45112'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Navalucillos'', [SearchName] = N''navalucillos, los | los navalucillos''
    WHERE [IneCode] = ''45113'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Puebla de Almoradiel'', [SearchName] = N''puebla de almoradiel, la | la puebla de almoradiel''
    WHERE [IneCode] = ''45135'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Puebla de Montalbán'', [SearchName] = N''puebla de montalban, la | la puebla de montalban''
    WHERE [IneCode] = ''45136'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pueblanueva'', [SearchName] = N''pueblanueva, la | la pueblanueva''
    WHERE [IneCode] = ''45137'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Puente del Arzobispo'', [SearchName] = N''puente del arzobispo, el | el puente del arzobispo''
    WHERE [IneCode] = ''45138'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Real de San Vicente'', [SearchName] = N''real de san vicente, el | el real de san vicente''
    WHERE [IneCode] = ''45144'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Romeral'', [SearchName] = N''romeral, el | el romeral''
    WHERE [IneCode] = ''45149'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Toboso'', [SearchName] = N''toboso, el | el toboso''
    WHERE [IneCode] = ''45167'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Torre de Esteban Hambrán'', [SearchName] = N''torre de esteban hambran, la | la torre de esteban hambran''
    WHERE [IneCode] = ''45171'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Ventas con Peña Aguilera'', [SearchName] = N''ventas con pena aguilera, las | las ventas con pena aguilera''
    WHERE [IneCode] = ''45182'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Ventas de Retamosa'', [SearchName] = N''ventas de retamosa, las | las ventas de retamosa''
    WHERE [IneCode] = ''45183'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Ventas de San Julián'', [SearchName] = N''ventas de san julian, las | las ventas de san julian''
    WHERE [IneCode] = ''45184'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Villa de Don Fadrique'', [SearchName] = N''villa de don fadrique, la | la villa de don fadrique''
    WHERE [IneCode] = ''45186'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Viso de San Juan'', [SearchName] = N''viso de san juan, el | el viso de san juan''
    WHERE [IneCode] = ''45199'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Yébenes'', [SearchName] = N''yebenes, los | los yebenes''
    WHERE [IneCode] = ''45200'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Alcúdia'', [SearchName] = N''alcudia, l'''' | l''''alcudia''
    WHERE [IneCode] = ''46019'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Alcúdia de Crespins'', [SearchName] = N''alcudia de crespins, l'''' | l''''alcudia de crespins''
    WHERE [IneCode] = ''46020'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Alqueria de la Comtessa'', [SearchName] = N''alqueria de la comtessa, l'''' | l''''alqueria de la comtessa''
    WHERE [IneCode] = ''46037'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Eliana'', [SearchName] = N''eliana, l'''' | l''''eliana''
    WHERE [IneCode] = ''46116'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Ènova'', [SearchName] = N''enova, l'''' | l''''enova''
    WHERE [IneCode] = ''46119'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Font d''''En Carròs'', [SearchName] = N''font d''''en carros, la | la font d''''en carros''
    WHERE [IneCode] = ''46127'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Font de la Figuera'', [SearchName] = N''font de la figuera, la | la font de la figuera''
    WHERE [IneCode] = ''46128'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Genovés'', [SearchName] = N''genoves, el | el genoves''
    WHERE [IneCode] = ''46132'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Granja de la Costera'', [SearchName] = N''granja de la costera, la | la granja de la costera''
    WHERE [IneCode] = ''46137'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Llosa de Ranes'', [SearchName] = N''llosa de ranes, la | la llosa de ranes''
    WHERE [IneCode] = ''46157'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''L''''Olleria'', [SearchName] = N''olleria, l'''' | l''''olleria''
    WHERE [IneCode] = ''46183'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Palomar'', [SearchName] = N''palomar, el | el palomar''
    WHERE [IneCode] = ''46189'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla de Farnals'', [SearchName] = N''pobla de farnals, la | la pobla de farnals''
    WHERE [IneCode] = ''46199'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla del Duc'', [SearchName] = N''pobla del duc, la | la pobla del duc''
    WHERE [IneCode] = ''46200'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla de Vallbona'', [SearchName] = N''pobla de vallbona, la | la pobla de vallbona''
    WHERE [IneCode] = ''46202'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pobla Llarga'', [SearchName] = N''pobla llarga, la | la pobla llarga''
    WHERE [IneCode] = ''46203'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Puig de Santa Maria'', [SearchName] = N''puig de santa maria, el | el puig de santa maria''
    WHERE [IneCode] = ''46204'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Real de Gandia'', [SearchName] = N''real de gandia, el | el real de gandia''
    WHERE [IneCode] = ''46211'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Yesa'', [SearchName] = N''yesa, la | la yesa''
    WHERE [IneCode] = ''46262'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Campillo'', [SearchName] = N''campillo, el | el campillo''
    WHERE [IneCode] = ''47031'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Mudarra'', [SearchName] = N''mudarra, la | la mudarra''
    WHERE [IneCode] = ''47099'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Parrilla'', [SearchName] = N''parrilla, la | la parrilla''
    WHERE [IneCode] = ''47110'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Pedraja de Portillo'', [SearchName] = N''pedraja de portillo, la | la pedraja de portillo''
    WHERE [IneCode] = ''47111'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Seca'', [SearchName] = N''seca, la | la seca''
    WHERE [IneCode] = ''47158'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Unión de Campos'', [SearchName] = N''union de campos, la | la union de campos''
    WHERE [IneCode] = ''47176'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Zarza'', [SearchName] = N''zarza, la | la zarza''
    WHERE [IneCode] = ''47232'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Bóveda de Toro'', [SearchName] = N''boveda de toro, la | la boveda de toro''
    WHERE [IneCode] = ''49024'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Cubo de Tierra del Vino'', [SearchName] = N''cubo de tierra del vino, el | el cubo de tierra del vino''
    WHERE [IneCode] = ''49058'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Hiniesta'', [SearchName] = N''hiniesta, la | la hiniesta''
    WHERE [IneCode] = ''49095'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Maderal'', [SearchName] = N''maderal, el | el maderal''
    WHERE [IneCode] = ''49102'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Pego'', [SearchName] = N''pego, el | el pego''
    WHERE [IneCode] = ''49146'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Perdigón'', [SearchName] = N''perdigon, el | el perdigon''
    WHERE [IneCode] = ''49151'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Piñero'', [SearchName] = N''pinero, el | el pinero''
    WHERE [IneCode] = ''49158'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Torre del Valle'', [SearchName] = N''torre del valle, la | la torre del valle''
    WHERE [IneCode] = ''49220'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Almolda'', [SearchName] = N''almolda, la | la almolda''
    WHERE [IneCode] = ''50022'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Almunia de Doña Godina'', [SearchName] = N''almunia de dona godina, la | la almunia de dona godina''
    WHERE [IneCode] = ''50025'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Burgo de Ebro'', [SearchName] = N''burgo de ebro, el | el burgo de ebro''
    WHERE [IneCode] = ''50062'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Buste'', [SearchName] = N''buste, el | el buste''
    WHERE [IneCode] = ''50063'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Cuerlas'', [SearchName] = N''cuerlas, las | las cuerlas''
    WHERE [IneCode] = ''50091'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Fayos'', [SearchName] = N''fayos, los | los fayos''
    WHERE [IneCode] = ''50106'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Frago'', [SearchName] = N''frago, el | el frago''
    WHERE [IneCode] = ''50109'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''El Frasno'', [SearchName] = N''frasno, el | el frasno''
    WHERE [IneCode] = ''50110'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Joyosa'', [SearchName] = N''joyosa, la | la joyosa''
    WHERE [IneCode] = ''50132'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Muela'', [SearchName] = N''muela, la | la muela''
    WHERE [IneCode] = ''50182'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Las Pedrosas'', [SearchName] = N''pedrosas, las | las pedrosas''
    WHERE [IneCode] = ''50205'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''Los Pintanos'', [SearchName] = N''pintanos, los | los pintanos''
    WHERE [IneCode] = ''50210'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Puebla de Alfindén'', [SearchName] = N''puebla de alfinden, la | la puebla de alfinden''
    WHERE [IneCode] = ''50219'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Vilueña'', [SearchName] = N''viluena, la | la viluena''
    WHERE [IneCode] = ''50282'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    EXEC(N'UPDATE [Municipalities] SET [DisplayName] = N''La Zaida'', [SearchName] = N''zaida, la | la zaida''
    WHERE [IneCode] = ''50296'';
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203130535_MunicipalityNames'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203130535_MunicipalityNames', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203145739_ChangeFeed'
)
BEGIN
    CREATE TABLE [CatalogChanges] (
        [Id] bigint NOT NULL IDENTITY,
        [Position] bigint NULL,
        [SubjectType] varchar(32) NOT NULL,
        [SubjectKey] nvarchar(64) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Fields] nvarchar(2000) NOT NULL,
        [MunicipalityIneCode] char(5) NULL,
        [At] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CatalogChanges] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203145739_ChangeFeed'
)
BEGIN
    CREATE INDEX [IX_CatalogChanges_MunicipalityIneCode_Position] ON [CatalogChanges] ([MunicipalityIneCode], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203145739_ChangeFeed'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_CatalogChanges_Position] ON [CatalogChanges] ([Position]) WHERE [Position] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203145739_ChangeFeed'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203145739_ChangeFeed', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedureVersions] ADD [Appeals] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedureVersions] ADD [AsRegulated] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedureVersions] ADD [Documents] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedureVersions] ADD [Family] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedureVersions] ADD [Requirements] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedureVersions] ADD [ResolvingBody] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedureVersions] ADD [SubmissionPeriod] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedures] ADD [Appeals] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedures] ADD [AsRegulated] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedures] ADD [Documents] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedures] ADD [Family] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedures] ADD [Requirements] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedures] ADD [ResolvingBody] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [ReferenceProcedures] ADD [SubmissionPeriod] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [CityProcedures] ADD [Appeals] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [CityProcedures] ADD [AsRegulated] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [CityProcedures] ADD [Documents] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [CityProcedures] ADD [Family] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [CityProcedures] ADD [Requirements] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [CityProcedures] ADD [ResolvingBody] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    ALTER TABLE [CityProcedures] ADD [SubmissionPeriod] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203152315_PublishedAttributes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203152315_PublishedAttributes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203185314_ChangeFeedUnsequencedIndex'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_CatalogChanges_Unsequenced] ON [CatalogChanges] ([Id]) WHERE [Position] IS NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203185314_ChangeFeedUnsequencedIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203185314_ChangeFeedUnsequencedIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204040752_Search'
)
BEGIN
    ALTER TABLE [ReferenceProcedures] ADD [SearchText] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204040752_Search'
)
BEGIN
    ALTER TABLE [Municipalities] ADD [SearchText] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204040752_Search'
)
BEGIN
    ALTER TABLE [CityProcedures] ADD [SearchText] nvarchar(max) NULL;
END;

COMMIT;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204040752_Search'
)
BEGIN
    IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'CatalogSearch')
        CREATE FULLTEXT CATALOG [CatalogSearch];
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204040752_Search'
)
BEGIN
    CREATE FULLTEXT INDEX ON [CityProcedures] ([SearchText] LANGUAGE 3082) KEY INDEX [PK_CityProcedures] ON [CatalogSearch] WITH CHANGE_TRACKING AUTO, STOPLIST OFF;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204040752_Search'
)
BEGIN
    CREATE FULLTEXT INDEX ON [ReferenceProcedures] ([SearchText] LANGUAGE 3082) KEY INDEX [PK_ReferenceProcedures] ON [CatalogSearch] WITH CHANGE_TRACKING AUTO, STOPLIST OFF;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204040752_Search'
)
BEGIN
    CREATE FULLTEXT INDEX ON [Municipalities] ([SearchText] LANGUAGE 3082) KEY INDEX [PK_Municipalities] ON [CatalogSearch] WITH CHANGE_TRACKING AUTO, STOPLIST OFF;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204040752_Search'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204040752_Search', N'10.0.15');
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204171947_Webhooks'
)
BEGIN
    CREATE TABLE [WebhookEndpoints] (
        [Id] bigint NOT NULL IDENTITY,
        [Url] nvarchar(2000) NOT NULL,
        [Secret] varchar(100) NOT NULL,
        [MunicipalityIneCode] char(5) NULL,
        [Kinds] nvarchar(500) NOT NULL,
        [Description] nvarchar(500) NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [EnqueuedThrough] bigint NOT NULL,
        [Enabled] bit NOT NULL,
        [DisabledAt] datetimeoffset NULL,
        [DisabledReason] nvarchar(2000) NULL,
        [LeaseOwner] nvarchar(200) NULL,
        [LeaseUntil] datetimeoffset NULL,
        CONSTRAINT [PK_WebhookEndpoints] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204171947_Webhooks'
)
BEGIN
    CREATE TABLE [WebhookDeliveries] (
        [Id] bigint NOT NULL IDENTITY,
        [EndpointId] bigint NOT NULL,
        [Position] bigint NOT NULL,
        [State] nvarchar(32) NOT NULL,
        [QueuedAt] datetimeoffset NOT NULL,
        [Attempts] int NOT NULL,
        [FirstAttemptAt] datetimeoffset NULL,
        [LastAttemptAt] datetimeoffset NULL,
        [NextAttemptAt] datetimeoffset NOT NULL,
        [DeliveredAt] datetimeoffset NULL,
        [LastStatusCode] int NULL,
        [LastError] nvarchar(2000) NULL,
        CONSTRAINT [PK_WebhookDeliveries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WebhookDeliveries_WebhookEndpoints_EndpointId] FOREIGN KEY ([EndpointId]) REFERENCES [WebhookEndpoints] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204171947_Webhooks'
)
BEGIN
    CREATE UNIQUE INDEX [IX_WebhookDeliveries_EndpointId_Position] ON [WebhookDeliveries] ([EndpointId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204171947_Webhooks'
)
BEGIN
    CREATE INDEX [IX_WebhookDeliveries_EndpointId_State_Position] ON [WebhookDeliveries] ([EndpointId], [State], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204171947_Webhooks'
)
BEGIN
    CREATE INDEX [IX_WebhookEndpoints_MunicipalityIneCode] ON [WebhookEndpoints] ([MunicipalityIneCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204171947_Webhooks'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204171947_Webhooks', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204210343_SiaPublications'
)
BEGIN
    CREATE TABLE [SiaPublications] (
        [Id] bigint NOT NULL IDENTITY,
        [CityProcedureId] bigint NOT NULL,
        [MunicipalityIneCode] char(5) NOT NULL,
        [Operation] nvarchar(32) NOT NULL,
        [State] nvarchar(32) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [Attempts] int NOT NULL,
        [SentAt] datetimeoffset NULL,
        [NextAttemptAt] datetimeoffset NULL,
        [LeaseOwner] nvarchar(200) NULL,
        [LeaseUntil] datetimeoffset NULL,
        [CompletedAt] datetimeoffset NULL,
        [SiaCode] varchar(32) NULL,
        [ResultCode] nvarchar(64) NULL,
        [ResultMessage] nvarchar(4000) NULL,
        [Reason] nvarchar(4000) NULL,
        [Request] nvarchar(max) NULL,
        [Response] nvarchar(max) NULL,
        [HttpStatus] int NULL,
        CONSTRAINT [PK_SiaPublications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SiaPublications_CityProcedures_CityProcedureId] FOREIGN KEY ([CityProcedureId]) REFERENCES [CityProcedures] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204210343_SiaPublications'
)
BEGIN
    CREATE INDEX [IX_SiaPublications_CityProcedureId_State] ON [SiaPublications] ([CityProcedureId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204210343_SiaPublications'
)
BEGIN
    CREATE INDEX [IX_SiaPublications_MunicipalityIneCode_State] ON [SiaPublications] ([MunicipalityIneCode], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204210343_SiaPublications'
)
BEGIN
    CREATE INDEX [IX_SiaPublications_State_NextAttemptAt] ON [SiaPublications] ([State], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261204210343_SiaPublications'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261204210343_SiaPublications', N'10.0.15');
END;

COMMIT;
GO

