-- CreateTable
CREATE TABLE "SurveyInvitation" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "SurveyInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "u1" SMALLINT NOT NULL,
    "u2" SMALLINT NOT NULL,
    "u3" SMALLINT NOT NULL,
    "u4" SMALLINT NOT NULL,
    "u5" SMALLINT NOT NULL,
    "u6" SMALLINT NOT NULL,
    "u7" SMALLINT NOT NULL,
    "u8" SMALLINT NOT NULL,
    "u9" SMALLINT NOT NULL,
    "gender" TEXT,
    "ageBand" TEXT,
    "education" TEXT,
    "occupation" TEXT,
    "suggestion" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SurveyInvitation_applicationId_key" ON "SurveyInvitation"("applicationId");

-- CreateIndex
CREATE INDEX "SurveyResponse_year_quarter_idx" ON "SurveyResponse"("year", "quarter");

-- AddForeignKey
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Scores are 1..4 whatever writes them.
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_scores_check" CHECK (
  "u1" BETWEEN 1 AND 4 AND "u2" BETWEEN 1 AND 4 AND "u3" BETWEEN 1 AND 4 AND "u4" BETWEEN 1 AND 4 AND "u5" BETWEEN 1 AND 4
  AND "u6" BETWEEN 1 AND 4 AND "u7" BETWEEN 1 AND 4 AND "u8" BETWEEN 1 AND 4 AND "u9" BETWEEN 1 AND 4
  AND "quarter" BETWEEN 1 AND 4
);
