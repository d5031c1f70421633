import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: 'c8966fbd784248c4b26259818a77da6f'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '6078ff9d19e645bfac428cad77775eb6'
                    }
                    'property-dry-run': {
                        table: 'sys_properties'
                        id: '0d7ce1e9086b427a95ab38f25ba3a402'
                    }
                    'property-enabled': {
                        table: 'sys_properties'
                        id: 'ca5e109de3044af189798f1da9357f13'
                    }
                    'property-log-level': {
                        table: 'sys_properties'
                        id: 'b93456adb5f24be893079ffa6498cb02'
                    }
                    'src_server_app-schema_ts': {
                        table: 'sys_module'
                        id: 'fc9180ed1dfc44518a273b19b67ae0d0'
                    }
                    src_server_lifecycle_model_ts: {
                        table: 'sys_module'
                        id: 'e707137da115410b84a23da8ad2bfad3'
                    }
                    'src_server_order-management_om-model_ts': {
                        table: 'sys_module'
                        id: '822eaf18c66645d2b020f8ccde66f034'
                    }
                }
                composite: [
                    {
                        table: 'sys_user_role'
                        id: '2a30c17562204e69ad5935550d7a4c5b'
                        key: {
                            name: 'x_oal_lifecycle.agent'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '46da01c6419641288994d577680645e0'
                        key: {
                            name: 'x_oal_lifecycle.admin'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '8548621c7de449a39cf615df9a933410'
                        key: {
                            role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                            contains: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                ]
            }
        }
    }
}
