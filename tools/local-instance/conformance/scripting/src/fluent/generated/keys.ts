import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: '58dca208c54b4e26a01229998ab365b8'
                    }
                    'br-queue': {
                        table: 'sys_script'
                        id: '83f443954a7344209ea15d90700e6fa7'
                    }
                    'br-summarize': {
                        table: 'sys_script'
                        id: '5694c8563686403b8556941eb713d76f'
                    }
                    ConfAjax: {
                        table: 'sys_script_include'
                        id: '70bacab544ba4ee7ba8d7b70d41e7307'
                    }
                    ConfUtil: {
                        table: 'sys_script_include'
                        id: '4731fac45a8940d4aa800002926e8b95'
                    }
                    'event-item-created': {
                        table: 'sysevent_register'
                        id: '01bd832f5b4d43acac8e1e455b5c2662'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '852407b69d9544d4a87a7f4d6e403f79'
                    }
                    'sa-item-created': {
                        table: 'sysevent_script_action'
                        id: '5179eea03aa54c05925235b4abc76c32'
                    }
                    src_server_dates_ts: {
                        table: 'sys_module'
                        id: '335832ddd79a4abb8532e728c52ea516'
                    }
                    src_server_queries_ts: {
                        table: 'sys_module'
                        id: '91c04ac938ac4ceaa4f088d7b736550d'
                    }
                    src_server_text_ts: {
                        table: 'sys_module'
                        id: '6c4bf7d366a6491abea287dff1e47694'
                    }
                }
                composite: [
                    {
                        table: 'sys_db_object'
                        id: '2cc5a1478bd14eb7b4f253d0aa9ce250'
                        key: {
                            name: 'x_conf_scr_item'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '36f57bb4cac944f5aeeb50bbedcb23d4'
                        key: {
                            name: 'x_conf_scr_item'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '57a886de16964fc088dda253251dbce4'
                        key: {
                            name: 'x_conf_scr_item'
                            element: 'size'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6097d0eeed644c998be3edaf5670cd3a'
                        key: {
                            name: 'x_conf_scr_item'
                            element: 'due'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '63f87ac8e0e54b4caa49ccfb63cb14a6'
                        key: {
                            name: 'x_conf_scr_item'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '68bd0e4ec05a4093b709a8bcf55380ff'
                        key: {
                            name: 'x_conf_scr_item'
                            element: 'processed_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c45ded36766b42b3a84ee3ef4fe80370'
                        key: {
                            name: 'x_conf_scr_item'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd355167b80694ab0ac5f486bd7f01f3e'
                        key: {
                            name: 'x_conf_scr_item'
                            element: 'due'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd36c8cb389644b6180cafe1507134904'
                        key: {
                            name: 'x_conf_scr_item'
                            element: 'summary'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd4ed278d2aa9467984aa4ad504299492'
                        key: {
                            name: 'x_conf_scr_item'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dd5013a3ae4c4eb3bf76c4fdbc47281a'
                        key: {
                            name: 'x_conf_scr_item'
                            element: 'size'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ed9dcd560e084fadb5e73d30cf577d46'
                        key: {
                            name: 'x_conf_scr_item'
                            element: 'summary'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eead4b0552b84e84a2c42a99c7b0587f'
                        key: {
                            name: 'x_conf_scr_item'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f9bf58a917664a72879688494f6f59fe'
                        key: {
                            name: 'x_conf_scr_item'
                            element: 'processed_by'
                        }
                    },
                ]
            }
        }
    }
}
