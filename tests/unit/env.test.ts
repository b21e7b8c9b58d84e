import { describe, expect, it } from "vitest";
import path from "node:path";
import { EnvError, fileStorageDir, parseEnv, uploadMaxBytes } from "@/lib/env";

function envError(source: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return error as EnvError;
  }
  throw new Error(`parseEnv accepted ${JSON.stringify(source)}`);
}

describe("parseEnv", () => {
  it("needs nothing: every variable has a default", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      PGLITE_DATA_DIR: "./data/pglite",
      DATA_DIR: "./data",
      LOGIN_MAX_FAILURES_PER_ACCOUNT: 5,
      LOGIN_MAX_FAILURES_PER_IP: 30,
      LOGIN_WINDOW_MINUTES: 15,
      UPLOAD_MAX_MB: 10,
    });
    // No database server and no secret are made up: embedded PGlite, and a secret must be given.
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    const env = parseEnv({
      NODE_ENV: "",
      DATABASE_URL: "",
      PGLITE_DATA_DIR: "",
      NEXTAUTH_SECRET: "",
      NEXTAUTH_URL: "",
      LOGIN_MAX_FAILURES_PER_ACCOUNT: "",
    });
    expect(env.NODE_ENV).toBe("development");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe("./data/pglite");
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
    expect(env.NEXTAUTH_URL).toBeUndefined();
    expect(env.LOGIN_MAX_FAILURES_PER_ACCOUNT).toBe(5);
  });

  it("accepts valid values and converts numbers", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://tirta@db.internal:5432/tirta",
      NEXTAUTH_SECRET: "x".repeat(32),
      NEXTAUTH_URL: "https://tirta.example.go.id",
      LOGIN_MAX_FAILURES_PER_ACCOUNT: " 7 ",
      LOGIN_WINDOW_MINUTES: "60",
    });
    expect(env.NODE_ENV).toBe("production");
    expect(env.DATABASE_URL).toBe("postgresql://tirta@db.internal:5432/tirta");
    expect(env.LOGIN_MAX_FAILURES_PER_ACCOUNT).toBe(7);
    expect(env.LOGIN_WINDOW_MINUTES).toBe(60);
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/d" }).DATABASE_URL).toBe("postgres://u@h/d");
  });

  it("ignores variables it does not know", () => {
    expect(parseEnv({ PATH: "/usr/bin", HOME: "/root" })).not.toHaveProperty("PATH");
  });

  it.each([
    ["DATABASE_URL", "mysql://x"],
    ["DATABASE_URL", "not a url"],
    ["LOGIN_MAX_FAILURES_PER_ACCOUNT", "lima"],
    ["LOGIN_MAX_FAILURES_PER_ACCOUNT", "2.5"],
    ["LOGIN_MAX_FAILURES_PER_ACCOUNT", "0"],
    ["LOGIN_MAX_FAILURES_PER_IP", "-3"],
    ["LOGIN_WINDOW_MINUTES", "99999"],
    ["NEXTAUTH_SECRET", "too-short"],
    ["NEXTAUTH_URL", "tirta.example"],
    ["NODE_ENV", "staging"],
    ["SEED_DEMO", "yes"],
    ["UPLOAD_MAX_MB", "0"],
    ["UPLOAD_MAX_MB", "101"],
    ["UPLOAD_MAX_MB", "2.5"],
    ["UPLOAD_MAX_MB", "10MB"],
    ["UPLOAD_MAX_MB", "-1"],
  ])("rejects %s=%j with an error naming the variable", (variable, value) => {
    const error = envError({ [variable]: value });
    expect(error.message).toContain(variable);
    expect(error.issues.map((i) => i.variable)).toEqual([variable]);
    expect(error.issues[0]?.message).not.toBe("");
  });

  it("reports every bad variable at once", () => {
    const error = envError({
      DATABASE_URL: "mysql://x",
      LOGIN_MAX_FAILURES_PER_ACCOUNT: "many",
      NEXTAUTH_SECRET: "short",
      NODE_ENV: "prod",
      DATA_DIR: "./elsewhere",
    });
    const variables = error.issues.map((i) => i.variable).sort();
    expect(variables).toEqual(
      ["DATABASE_URL", "LOGIN_MAX_FAILURES_PER_ACCOUNT", "NEXTAUTH_SECRET", "NODE_ENV"].sort(),
    );
    for (const v of variables) expect(error.message).toContain(v);
    expect(error.message).not.toContain("DATA_DIR:");
  });

  it("takes the upload limit in whole megabytes, 1 to 100, and says so when it is wrong", () => {
    expect(uploadMaxBytes(parseEnv({}))).toBe(10 * 1024 * 1024);
    expect(parseEnv({ UPLOAD_MAX_MB: " 25 " }).UPLOAD_MAX_MB).toBe(25);
    expect(uploadMaxBytes(parseEnv({ UPLOAD_MAX_MB: "1" }))).toBe(1_048_576);
    expect(parseEnv({ UPLOAD_MAX_MB: "100" }).UPLOAD_MAX_MB).toBe(100);
    for (const bad of ["0", "101", "sepuluh"]) {
      const error = envError({ UPLOAD_MAX_MB: bad });
      expect(error.message).toMatch(/UPLOAD_MAX_MB: .*(1|100)/);
    }
  });

  it("stores uploaded files under DATA_DIR/files unless FILE_STORAGE_DIR says otherwise", () => {
    expect(fileStorageDir(parseEnv({}))).toBe(path.resolve("./data/files"));
    expect(fileStorageDir(parseEnv({ DATA_DIR: "/srv/tirta" }))).toBe(path.resolve("/srv/tirta/files"));
    expect(fileStorageDir(parseEnv({ DATA_DIR: "/srv/tirta", FILE_STORAGE_DIR: "/mnt/berkas" }))).toBe(path.resolve("/mnt/berkas"));
  });
});
