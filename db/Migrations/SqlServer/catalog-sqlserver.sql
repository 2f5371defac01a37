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

